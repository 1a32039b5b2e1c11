import type { MessageTable } from '../field-spec';

/**
 * rbac/v1.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const RBAC_V1: MessageTable = {
  'rbac.v1.Role': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'rules', 'rbac.v1.PolicyRule', 'repeated'],
  ],
  'rbac.v1.ClusterRole': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'rules', 'rbac.v1.PolicyRule', 'repeated'],
    [3, 'aggregationRule', 'rbac.v1.AggregationRule'],
  ],
  'rbac.v1.RoleBinding': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'subjects', 'rbac.v1.Subject', 'repeated'],
    [3, 'roleRef', 'rbac.v1.RoleRef'],
  ],
  'rbac.v1.ClusterRoleBinding': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'subjects', 'rbac.v1.Subject', 'repeated'],
    [3, 'roleRef', 'rbac.v1.RoleRef'],
  ],
  'rbac.v1.PolicyRule': [
    [1, 'verbs', 'string', 'repeated'],
    [2, 'apiGroups', 'string', 'repeated'],
    [3, 'resources', 'string', 'repeated'],
    [4, 'resourceNames', 'string', 'repeated'],
    [5, 'nonResourceURLs', 'string', 'repeated'],
  ],
  'rbac.v1.AggregationRule': [[1, 'clusterRoleSelectors', 'meta.v1.LabelSelector', 'repeated']],
  'rbac.v1.Subject': [
    [1, 'kind', 'string'],
    [2, 'apiGroup', 'string'],
    [3, 'name', 'string'],
    [4, 'namespace', 'string'],
  ],
  'rbac.v1.RoleRef': [
    [1, 'apiGroup', 'string'],
    [2, 'kind', 'string'],
    [3, 'name', 'string'],
  ],
};
