import type { MessageTable } from '../field-spec';

/**
 * core/v1: probes and lifecycle hooks.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const CORE_V1_PROBE: MessageTable = {
  'core.v1.Probe': [
    [1, 'handler', 'core.v1.ProbeHandler', 'inline'],
    [2, 'initialDelaySeconds', 'int32'],
    [3, 'timeoutSeconds', 'int32'],
    [4, 'periodSeconds', 'int32'],
    [5, 'successThreshold', 'int32'],
    [6, 'failureThreshold', 'int32'],
    [7, 'terminationGracePeriodSeconds', 'int64', 'pointer'],
  ],
  'core.v1.Lifecycle': [
    [1, 'postStart', 'core.v1.LifecycleHandler'],
    [2, 'preStop', 'core.v1.LifecycleHandler'],
  ],
  'core.v1.ProbeHandler': [
    [1, 'exec', 'core.v1.ExecAction'],
    [2, 'httpGet', 'core.v1.HTTPGetAction'],
    [3, 'tcpSocket', 'core.v1.TCPSocketAction'],
    [4, 'grpc', 'core.v1.GRPCAction'],
  ],
  'core.v1.LifecycleHandler': [
    [1, 'exec', 'core.v1.ExecAction'],
    [2, 'httpGet', 'core.v1.HTTPGetAction'],
    [3, 'tcpSocket', 'core.v1.TCPSocketAction'],
    [4, 'sleep', 'core.v1.SleepAction'],
  ],
  'core.v1.ExecAction': [[1, 'command', 'string', 'repeated']],
  'core.v1.HTTPGetAction': [
    [1, 'path', 'string'],
    [2, 'port', 'intstr.IntOrString'],
    [3, 'host', 'string'],
    [4, 'scheme', 'string'],
    [5, 'httpHeaders', 'core.v1.HTTPHeader', 'repeated'],
  ],
  'core.v1.TCPSocketAction': [
    [1, 'port', 'intstr.IntOrString'],
    [2, 'host', 'string'],
  ],
  'core.v1.GRPCAction': [
    [1, 'port', 'int32'],
    [2, 'service', 'string', 'pointer'],
  ],
  'core.v1.SleepAction': [[1, 'seconds', 'int64']],
  'core.v1.HTTPHeader': [
    [1, 'name', 'string'],
    [2, 'value', 'string'],
  ],
};
