import type { MessageTable } from '../field-spec';

/**
 * networking/v1.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const NETWORKING_V1: MessageTable = {
  'networking.v1.Ingress': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'networking.v1.IngressSpec'],
    [3, 'status', 'networking.v1.IngressStatus'],
  ],
  'networking.v1.IngressSpec': [
    [4, 'ingressClassName', 'string', 'pointer'],
    [1, 'defaultBackend', 'networking.v1.IngressBackend'],
    [2, 'tls', 'networking.v1.IngressTLS', 'repeated'],
    [3, 'rules', 'networking.v1.IngressRule', 'repeated'],
  ],
  'networking.v1.IngressStatus': [[1, 'loadBalancer', 'networking.v1.IngressLoadBalancerStatus']],
  'networking.v1.IngressBackend': [
    [4, 'service', 'networking.v1.IngressServiceBackend'],
    [3, 'resource', 'core.v1.TypedLocalObjectReference'],
  ],
  'networking.v1.IngressTLS': [
    [1, 'hosts', 'string', 'repeated'],
    [2, 'secretName', 'string'],
  ],
  'networking.v1.IngressRule': [
    [1, 'host', 'string'],
    [2, 'ingressRuleValue', 'networking.v1.IngressRuleValue', 'inline'],
  ],
  'networking.v1.IngressLoadBalancerStatus': [[1, 'ingress', 'networking.v1.IngressLoadBalancerIngress', 'repeated']],
  'networking.v1.IngressServiceBackend': [
    [1, 'name', 'string'],
    [2, 'port', 'networking.v1.ServiceBackendPort'],
  ],
  'networking.v1.IngressRuleValue': [[1, 'http', 'networking.v1.HTTPIngressRuleValue']],
  'networking.v1.IngressLoadBalancerIngress': [
    [1, 'ip', 'string'],
    [2, 'hostname', 'string'],
    [4, 'ports', 'networking.v1.IngressPortStatus', 'repeated'],
  ],
  'networking.v1.ServiceBackendPort': [
    [1, 'name', 'string'],
    [2, 'number', 'int32'],
  ],
  'networking.v1.HTTPIngressRuleValue': [[1, 'paths', 'networking.v1.HTTPIngressPath', 'repeated']],
  'networking.v1.IngressPortStatus': [
    [1, 'port', 'int32'],
    [2, 'protocol', 'string'],
    [3, 'error', 'string', 'pointer'],
  ],
  'networking.v1.HTTPIngressPath': [
    [1, 'path', 'string'],
    [3, 'pathType', 'string', 'pointer'],
    [2, 'backend', 'networking.v1.IngressBackend'],
  ],
};
