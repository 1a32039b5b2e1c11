import type { MessageTable } from '../field-spec';

/**
 * authorization/v1.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const AUTHORIZATION_V1: MessageTable = {
  'authorization.v1.SelfSubjectAccessReview': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'authorization.v1.SelfSubjectAccessReviewSpec'],
    [3, 'status', 'authorization.v1.SubjectAccessReviewStatus'],
  ],
  'authorization.v1.SelfSubjectRulesReview': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'authorization.v1.SelfSubjectRulesReviewSpec'],
    [3, 'status', 'authorization.v1.SubjectRulesReviewStatus'],
  ],
  'authorization.v1.SelfSubjectAccessReviewSpec': [
    [1, 'resourceAttributes', 'authorization.v1.ResourceAttributes'],
    [2, 'nonResourceAttributes', 'authorization.v1.NonResourceAttributes'],
  ],
  'authorization.v1.SubjectAccessReviewStatus': [
    [1, 'allowed', 'bool'],
    [4, 'denied', 'bool'],
    [2, 'reason', 'string'],
    [3, 'evaluationError', 'string'],
  ],
  'authorization.v1.SelfSubjectRulesReviewSpec': [[1, 'namespace', 'string']],
  'authorization.v1.SubjectRulesReviewStatus': [
    [1, 'resourceRules', 'authorization.v1.ResourceRule', 'repeated'],
    [2, 'nonResourceRules', 'authorization.v1.NonResourceRule', 'repeated'],
    [3, 'incomplete', 'bool'],
    [4, 'evaluationError', 'string'],
  ],
  'authorization.v1.ResourceAttributes': [
    [1, 'namespace', 'string'],
    [2, 'verb', 'string'],
    [3, 'group', 'string'],
    [4, 'version', 'string'],
    [5, 'resource', 'string'],
    [6, 'subresource', 'string'],
    [7, 'name', 'string'],
    [8, 'fieldSelector', 'authorization.v1.FieldSelectorAttributes'],
    [9, 'labelSelector', 'authorization.v1.LabelSelectorAttributes'],
  ],
  'authorization.v1.NonResourceAttributes': [
    [1, 'path', 'string'],
    [2, 'verb', 'string'],
  ],
  'authorization.v1.ResourceRule': [
    [1, 'verbs', 'string', 'repeated'],
    [2, 'apiGroups', 'string', 'repeated'],
    [3, 'resources', 'string', 'repeated'],
    [4, 'resourceNames', 'string', 'repeated'],
  ],
  'authorization.v1.NonResourceRule': [
    [1, 'verbs', 'string', 'repeated'],
    [2, 'nonResourceURLs', 'string', 'repeated'],
  ],
  'authorization.v1.FieldSelectorAttributes': [
    [1, 'rawSelector', 'string'],
    [2, 'requirements', 'meta.v1.FieldSelectorRequirement', 'repeated'],
  ],
  'authorization.v1.LabelSelectorAttributes': [
    [1, 'rawSelector', 'string'],
    [2, 'requirements', 'meta.v1.LabelSelectorRequirement', 'repeated'],
  ],
};
