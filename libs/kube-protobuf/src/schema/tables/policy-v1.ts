import type { MessageTable } from '../field-spec';

/**
 * policy/v1.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const POLICY_V1: MessageTable = {
  'policy.v1.PodDisruptionBudget': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'policy.v1.PodDisruptionBudgetSpec'],
    [3, 'status', 'policy.v1.PodDisruptionBudgetStatus'],
  ],
  'policy.v1.PodDisruptionBudgetSpec': [
    [1, 'minAvailable', 'intstr.IntOrString'],
    [2, 'selector', 'meta.v1.LabelSelector'],
    [3, 'maxUnavailable', 'intstr.IntOrString'],
    [4, 'unhealthyPodEvictionPolicy', 'string', 'pointer'],
  ],
  'policy.v1.PodDisruptionBudgetStatus': [
    [1, 'observedGeneration', 'int64'],
    [2, 'disruptedPods', 'map:meta.v1.Time'],
    [3, 'disruptionsAllowed', 'int32'],
    [4, 'currentHealthy', 'int32'],
    [5, 'desiredHealthy', 'int32'],
    [6, 'expectedPods', 'int32'],
    [7, 'conditions', 'meta.v1.Condition', 'repeated'],
  ],
};
