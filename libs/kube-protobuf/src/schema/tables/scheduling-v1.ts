import type { MessageTable } from '../field-spec';

/**
 * scheduling/v1.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const SCHEDULING_V1: MessageTable = {
  'scheduling.v1.PriorityClass': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'value', 'int32'],
    [3, 'globalDefault', 'bool'],
    [4, 'description', 'string'],
    [5, 'preemptionPolicy', 'string', 'pointer'],
  ],
};
