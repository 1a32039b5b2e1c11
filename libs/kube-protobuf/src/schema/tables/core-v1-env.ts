import type { MessageTable } from '../field-spec';

/**
 * core/v1: container environment.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const CORE_V1_ENV: MessageTable = {
  'core.v1.EnvFromSource': [
    [1, 'prefix', 'string'],
    [2, 'configMapRef', 'core.v1.ConfigMapEnvSource'],
    [3, 'secretRef', 'core.v1.SecretEnvSource'],
  ],
  'core.v1.EnvVar': [
    [1, 'name', 'string'],
    [2, 'value', 'string'],
    [3, 'valueFrom', 'core.v1.EnvVarSource'],
  ],
  'core.v1.ConfigMapEnvSource': [
    [1, 'localObjectReference', 'core.v1.LocalObjectReference', 'inline'],
    [2, 'optional', 'bool', 'pointer'],
  ],
  'core.v1.SecretEnvSource': [
    [1, 'localObjectReference', 'core.v1.LocalObjectReference', 'inline'],
    [2, 'optional', 'bool', 'pointer'],
  ],
  'core.v1.EnvVarSource': [
    [1, 'fieldRef', 'core.v1.ObjectFieldSelector'],
    [2, 'resourceFieldRef', 'core.v1.ResourceFieldSelector'],
    [3, 'configMapKeyRef', 'core.v1.ConfigMapKeySelector'],
    [4, 'secretKeyRef', 'core.v1.SecretKeySelector'],
  ],
  'core.v1.ObjectFieldSelector': [
    [1, 'apiVersion', 'string'],
    [2, 'fieldPath', 'string'],
  ],
  'core.v1.ResourceFieldSelector': [
    [1, 'containerName', 'string'],
    [2, 'resource', 'string'],
    [3, 'divisor', 'resource.Quantity'],
  ],
  'core.v1.ConfigMapKeySelector': [
    [1, 'localObjectReference', 'core.v1.LocalObjectReference', 'inline'],
    [2, 'key', 'string'],
    [3, 'optional', 'bool', 'pointer'],
  ],
  'core.v1.SecretKeySelector': [
    [1, 'localObjectReference', 'core.v1.LocalObjectReference', 'inline'],
    [2, 'key', 'string'],
    [3, 'optional', 'bool', 'pointer'],
  ],
};
