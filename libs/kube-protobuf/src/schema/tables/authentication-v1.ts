import type { MessageTable } from '../field-spec';

/**
 * authentication/v1.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const AUTHENTICATION_V1: MessageTable = {
  'authentication.v1.SelfSubjectReview': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'status', 'authentication.v1.SelfSubjectReviewStatus'],
  ],
  'authentication.v1.TokenRequest': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'authentication.v1.TokenRequestSpec'],
    [3, 'status', 'authentication.v1.TokenRequestStatus'],
  ],
  'authentication.v1.SelfSubjectReviewStatus': [[1, 'userInfo', 'authentication.v1.UserInfo']],
  'authentication.v1.TokenRequestSpec': [
    [1, 'audiences', 'string', 'repeated'],
    [4, 'expirationSeconds', 'int64', 'pointer'],
    [3, 'boundObjectRef', 'authentication.v1.BoundObjectReference'],
  ],
  'authentication.v1.TokenRequestStatus': [
    [1, 'token', 'string'],
    [2, 'expirationTimestamp', 'meta.v1.Time'],
  ],
  'authentication.v1.UserInfo': [
    [1, 'username', 'string'],
    [2, 'uid', 'string'],
    [3, 'groups', 'string', 'repeated'],
    [4, 'extra', 'map:authentication.v1.ExtraValue'],
  ],
  'authentication.v1.BoundObjectReference': [
    [1, 'kind', 'string'],
    [2, 'apiVersion', 'string'],
    [3, 'name', 'string'],
    [4, 'uid', 'string'],
  ],
  'authentication.v1.ExtraValue': [[1, 'items', 'string', 'repeated']],
};
