import type { MessageTable } from '../field-spec';

/**
 * core/v1: Service.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const CORE_V1_SERVICE: MessageTable = {
  'core.v1.Service': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'core.v1.ServiceSpec'],
    [3, 'status', 'core.v1.ServiceStatus'],
  ],
  'core.v1.ServiceSpec': [
    [1, 'ports', 'core.v1.ServicePort', 'repeated'],
    [2, 'selector', 'map:string'],
    [3, 'clusterIP', 'string'],
    [18, 'clusterIPs', 'string', 'repeated'],
    [4, 'type', 'string'],
    [5, 'externalIPs', 'string', 'repeated'],
    [7, 'sessionAffinity', 'string'],
    [8, 'loadBalancerIP', 'string'],
    [9, 'loadBalancerSourceRanges', 'string', 'repeated'],
    [10, 'externalName', 'string'],
    [11, 'externalTrafficPolicy', 'string'],
    [12, 'healthCheckNodePort', 'int32'],
    [13, 'publishNotReadyAddresses', 'bool'],
    [14, 'sessionAffinityConfig', 'core.v1.SessionAffinityConfig'],
    [19, 'ipFamilies', 'string', 'repeated'],
    [17, 'ipFamilyPolicy', 'string', 'pointer'],
    [20, 'allocateLoadBalancerNodePorts', 'bool', 'pointer'],
    [21, 'loadBalancerClass', 'string', 'pointer'],
    [22, 'internalTrafficPolicy', 'string', 'pointer'],
    [23, 'trafficDistribution', 'string', 'pointer'],
  ],
  'core.v1.ServiceStatus': [
    [1, 'loadBalancer', 'core.v1.LoadBalancerStatus'],
    [2, 'conditions', 'meta.v1.Condition', 'repeated'],
  ],
  'core.v1.ServicePort': [
    [1, 'name', 'string'],
    [2, 'protocol', 'string'],
    [6, 'appProtocol', 'string', 'pointer'],
    [3, 'port', 'int32'],
    [4, 'targetPort', 'intstr.IntOrString'],
    [5, 'nodePort', 'int32'],
  ],
  'core.v1.SessionAffinityConfig': [[1, 'clientIP', 'core.v1.ClientIPConfig']],
  'core.v1.LoadBalancerStatus': [[1, 'ingress', 'core.v1.LoadBalancerIngress', 'repeated']],
  'core.v1.ClientIPConfig': [[1, 'timeoutSeconds', 'int32', 'pointer']],
  'core.v1.LoadBalancerIngress': [
    [1, 'ip', 'string'],
    [2, 'hostname', 'string'],
    [3, 'ipMode', 'string', 'pointer'],
    [4, 'ports', 'core.v1.PortStatus', 'repeated'],
  ],
  'core.v1.PortStatus': [
    [1, 'port', 'int32'],
    [2, 'protocol', 'string'],
    [3, 'error', 'string', 'pointer'],
  ],
};
