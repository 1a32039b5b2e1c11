import type { MessageTable } from '../field-spec';

/**
 * autoscaling/v1.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const AUTOSCALING_V1: MessageTable = {
  'autoscaling.v1.HorizontalPodAutoscaler': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'autoscaling.v1.HorizontalPodAutoscalerSpec'],
    [3, 'status', 'autoscaling.v1.HorizontalPodAutoscalerStatus'],
  ],
  'autoscaling.v1.HorizontalPodAutoscalerSpec': [
    [1, 'scaleTargetRef', 'autoscaling.v1.CrossVersionObjectReference'],
    [2, 'minReplicas', 'int32', 'pointer'],
    [3, 'maxReplicas', 'int32'],
    [4, 'targetCPUUtilizationPercentage', 'int32', 'pointer'],
  ],
  'autoscaling.v1.HorizontalPodAutoscalerStatus': [
    [1, 'observedGeneration', 'int64', 'pointer'],
    [2, 'lastScaleTime', 'meta.v1.Time'],
    [3, 'currentReplicas', 'int32'],
    [4, 'desiredReplicas', 'int32'],
    [5, 'currentCPUUtilizationPercentage', 'int32', 'pointer'],
  ],
  'autoscaling.v1.CrossVersionObjectReference': [
    [1, 'kind', 'string'],
    [2, 'name', 'string'],
    [3, 'apiVersion', 'string'],
  ],
};
