import type { MessageTable } from '../field-spec';

/**
 * apimachinery meta/v1, api/resource and util/intstr.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const META_V1: MessageTable = {
  'meta.v1.ObjectMeta': [
    [1, 'name', 'string'],
    [2, 'generateName', 'string'],
    [3, 'namespace', 'string'],
    [4, 'selfLink', 'string'],
    [5, 'uid', 'string'],
    [6, 'resourceVersion', 'string'],
    [7, 'generation', 'int64'],
    [8, 'creationTimestamp', 'meta.v1.Time'],
    [9, 'deletionTimestamp', 'meta.v1.Time'],
    [10, 'deletionGracePeriodSeconds', 'int64', 'pointer'],
    [11, 'labels', 'map:string'],
    [12, 'annotations', 'map:string'],
    [13, 'ownerReferences', 'meta.v1.OwnerReference', 'repeated'],
    [14, 'finalizers', 'string', 'repeated'],
    [17, 'managedFields', 'meta.v1.ManagedFieldsEntry', 'repeated'],
  ],
  'meta.v1.Time': [
    [1, 'seconds', 'int64'],
    [2, 'nanos', 'int32'],
  ],
  'meta.v1.OwnerReference': [
    [5, 'apiVersion', 'string'],
    [1, 'kind', 'string'],
    [3, 'name', 'string'],
    [4, 'uid', 'string'],
    [6, 'controller', 'bool', 'pointer'],
    [7, 'blockOwnerDeletion', 'bool', 'pointer'],
  ],
  'meta.v1.ManagedFieldsEntry': [
    [1, 'manager', 'string'],
    [2, 'operation', 'string'],
    [3, 'apiVersion', 'string'],
    [4, 'time', 'meta.v1.Time'],
    [6, 'fieldsType', 'string'],
    [7, 'fieldsV1', 'meta.v1.FieldsV1'],
    [8, 'subresource', 'string'],
  ],
  'meta.v1.Condition': [
    [1, 'type', 'string'],
    [2, 'status', 'string'],
    [3, 'observedGeneration', 'int64'],
    [4, 'lastTransitionTime', 'meta.v1.Time'],
    [5, 'reason', 'string'],
    [6, 'message', 'string'],
  ],
  'resource.Quantity': [[1, 'string', 'string', 'pointer']],
  'meta.v1.LabelSelector': [
    [1, 'matchLabels', 'map:string'],
    [2, 'matchExpressions', 'meta.v1.LabelSelectorRequirement', 'repeated'],
  ],
  'intstr.IntOrString': [
    [1, 'type', 'int64'],
    [2, 'intVal', 'int32'],
    [3, 'strVal', 'string'],
  ],
  'meta.v1.FieldsV1': [[1, 'Raw', 'bytes', 'pointer']],
  'meta.v1.LabelSelectorRequirement': [
    [1, 'key', 'string'],
    [2, 'operator', 'string'],
    [3, 'values', 'string', 'repeated'],
  ],
  'meta.v1.FieldSelectorRequirement': [
    [1, 'key', 'string'],
    [2, 'operator', 'string'],
    [3, 'values', 'string', 'repeated'],
  ],
};
