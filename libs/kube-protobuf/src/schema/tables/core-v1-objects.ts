import type { MessageTable } from '../field-spec';

/**
 * core/v1: Namespace, Secret, ConfigMap, ServiceAccount, ResourceQuota.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const CORE_V1_OBJECTS: MessageTable = {
  'core.v1.Namespace': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'core.v1.NamespaceSpec'],
    [3, 'status', 'core.v1.NamespaceStatus'],
  ],
  'core.v1.Secret': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [5, 'immutable', 'bool', 'pointer'],
    [2, 'data', 'map:bytes'],
    [4, 'stringData', 'map:string'],
    [3, 'type', 'string'],
  ],
  'core.v1.ConfigMap': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [4, 'immutable', 'bool', 'pointer'],
    [2, 'data', 'map:string'],
    [3, 'binaryData', 'map:bytes'],
  ],
  'core.v1.ServiceAccount': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'secrets', 'core.v1.ObjectReference', 'repeated'],
    [3, 'imagePullSecrets', 'core.v1.LocalObjectReference', 'repeated'],
    [4, 'automountServiceAccountToken', 'bool', 'pointer'],
  ],
  'core.v1.ResourceQuota': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'core.v1.ResourceQuotaSpec'],
    [3, 'status', 'core.v1.ResourceQuotaStatus'],
  ],
  'core.v1.NamespaceSpec': [[1, 'finalizers', 'string', 'repeated']],
  'core.v1.NamespaceStatus': [
    [1, 'phase', 'string'],
    [2, 'conditions', 'core.v1.NamespaceCondition', 'repeated'],
  ],
  'core.v1.ObjectReference': [
    [1, 'kind', 'string'],
    [2, 'namespace', 'string'],
    [3, 'name', 'string'],
    [4, 'uid', 'string'],
    [5, 'apiVersion', 'string'],
    [6, 'resourceVersion', 'string'],
    [7, 'fieldPath', 'string'],
  ],
  'core.v1.LocalObjectReference': [[1, 'name', 'string']],
  'core.v1.ResourceQuotaSpec': [
    [1, 'hard', 'map:resource.Quantity'],
    [2, 'scopes', 'string', 'repeated'],
    [3, 'scopeSelector', 'core.v1.ScopeSelector'],
  ],
  'core.v1.ResourceQuotaStatus': [
    [1, 'hard', 'map:resource.Quantity'],
    [2, 'used', 'map:resource.Quantity'],
  ],
  'core.v1.NamespaceCondition': [
    [1, 'type', 'string'],
    [2, 'status', 'string'],
    [4, 'lastTransitionTime', 'meta.v1.Time'],
    [5, 'reason', 'string'],
    [6, 'message', 'string'],
  ],
  'core.v1.ScopeSelector': [[1, 'matchExpressions', 'core.v1.ScopedResourceSelectorRequirement', 'repeated']],
  'core.v1.ScopedResourceSelectorRequirement': [
    [1, 'scopeName', 'string'],
    [2, 'operator', 'string'],
    [3, 'values', 'string', 'repeated'],
  ],
};
