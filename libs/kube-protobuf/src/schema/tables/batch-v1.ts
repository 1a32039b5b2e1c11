import type { MessageTable } from '../field-spec';

/**
 * batch/v1.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const BATCH_V1: MessageTable = {
  'batch.v1.Job': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'batch.v1.JobSpec'],
    [3, 'status', 'batch.v1.JobStatus'],
  ],
  'batch.v1.CronJob': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'batch.v1.CronJobSpec'],
    [3, 'status', 'batch.v1.CronJobStatus'],
  ],
  'batch.v1.JobSpec': [
    [1, 'parallelism', 'int32', 'pointer'],
    [2, 'completions', 'int32', 'pointer'],
    [3, 'activeDeadlineSeconds', 'int64', 'pointer'],
    [11, 'podFailurePolicy', 'batch.v1.PodFailurePolicy'],
    [16, 'successPolicy', 'batch.v1.SuccessPolicy'],
    [7, 'backoffLimit', 'int32', 'pointer'],
    [12, 'backoffLimitPerIndex', 'int32', 'pointer'],
    [13, 'maxFailedIndexes', 'int32', 'pointer'],
    [4, 'selector', 'meta.v1.LabelSelector'],
    [5, 'manualSelector', 'bool', 'pointer'],
    [6, 'template', 'core.v1.PodTemplateSpec'],
    [8, 'ttlSecondsAfterFinished', 'int32', 'pointer'],
    [9, 'completionMode', 'string', 'pointer'],
    [10, 'suspend', 'bool', 'pointer'],
    [14, 'podReplacementPolicy', 'string', 'pointer'],
    [15, 'managedBy', 'string', 'pointer'],
  ],
  'batch.v1.JobStatus': [
    [1, 'conditions', 'batch.v1.JobCondition', 'repeated'],
    [2, 'startTime', 'meta.v1.Time'],
    [3, 'completionTime', 'meta.v1.Time'],
    [4, 'active', 'int32'],
    [5, 'succeeded', 'int32'],
    [6, 'failed', 'int32'],
    [11, 'terminating', 'int32', 'pointer'],
    [7, 'completedIndexes', 'string'],
    [10, 'failedIndexes', 'string', 'pointer'],
    [8, 'uncountedTerminatedPods', 'batch.v1.UncountedTerminatedPods'],
    [9, 'ready', 'int32', 'pointer'],
  ],
  'batch.v1.CronJobSpec': [
    [1, 'schedule', 'string'],
    [8, 'timeZone', 'string', 'pointer'],
    [2, 'startingDeadlineSeconds', 'int64', 'pointer'],
    [3, 'concurrencyPolicy', 'string'],
    [4, 'suspend', 'bool', 'pointer'],
    [5, 'jobTemplate', 'batch.v1.JobTemplateSpec'],
    [6, 'successfulJobsHistoryLimit', 'int32', 'pointer'],
    [7, 'failedJobsHistoryLimit', 'int32', 'pointer'],
  ],
  'batch.v1.CronJobStatus': [
    [1, 'active', 'core.v1.ObjectReference', 'repeated'],
    [4, 'lastScheduleTime', 'meta.v1.Time'],
    [5, 'lastSuccessfulTime', 'meta.v1.Time'],
  ],
  'batch.v1.PodFailurePolicy': [[1, 'rules', 'batch.v1.PodFailurePolicyRule', 'repeated']],
  'batch.v1.SuccessPolicy': [[1, 'rules', 'batch.v1.SuccessPolicyRule', 'repeated']],
  'batch.v1.JobCondition': [
    [1, 'type', 'string'],
    [2, 'status', 'string'],
    [3, 'lastProbeTime', 'meta.v1.Time'],
    [4, 'lastTransitionTime', 'meta.v1.Time'],
    [5, 'reason', 'string'],
    [6, 'message', 'string'],
  ],
  'batch.v1.UncountedTerminatedPods': [
    [1, 'succeeded', 'string', 'repeated'],
    [2, 'failed', 'string', 'repeated'],
  ],
  'batch.v1.JobTemplateSpec': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'batch.v1.JobSpec'],
  ],
  'batch.v1.PodFailurePolicyRule': [
    [1, 'action', 'string'],
    [2, 'onExitCodes', 'batch.v1.PodFailurePolicyOnExitCodesRequirement'],
    [3, 'onPodConditions', 'batch.v1.PodFailurePolicyOnPodConditionsPattern', 'repeated'],
  ],
  'batch.v1.SuccessPolicyRule': [
    [1, 'succeededIndexes', 'string', 'pointer'],
    [2, 'succeededCount', 'int32', 'pointer'],
  ],
  'batch.v1.PodFailurePolicyOnExitCodesRequirement': [
    [1, 'containerName', 'string', 'pointer'],
    [2, 'operator', 'string'],
    [3, 'values', 'int32', 'repeated'],
  ],
  'batch.v1.PodFailurePolicyOnPodConditionsPattern': [
    [1, 'type', 'string'],
    [2, 'status', 'string'],
  ],
};
