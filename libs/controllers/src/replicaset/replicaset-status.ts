import type { ReplicaSet, ReplicaSetCondition, ReplicaSetStatus } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import { kubeTime } from '@ksb/controller-runtime';
import { isPodAvailable, isPodReady } from './pod-state';

// ReplicaSet status as replica_set_utils.go computes it.

export const REPLICA_FAILURE = 'ReplicaFailure';

/** How creating or deleting pods went, for the ReplicaFailure condition. */
export interface ManageOutcome {
  /** The error message of a failed create or delete (undefined when all went well). */
  error?: string;
}

export interface StatusInput {
  rs: ReplicaSet;
  /** The active pods the ReplicaSet owns (after adoption and release), before this run creates or deletes. */
  pods: readonly Pod[];
  minReadyMs: number;
  now: Date;
  outcome?: ManageOutcome;
}

const labelsMatch = (template: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  Object.entries(template ?? {}).every(([key, value]) => labels?.[key] === value);

/** calculateStatus: counts, and the ReplicaFailure condition set on a new failure, cleared on success. */
export function calculateStatus({ rs, pods, minReadyMs, now, outcome }: StatusInput): ReplicaSetStatus {
  const minReadySeconds = rs.spec?.minReadySeconds ?? 0;
  const templateLabels = rs.spec?.template?.metadata?.labels;
  let fullyLabeled = 0;
  let ready = 0;
  let available = 0;
  for (const pod of pods) {
    if (labelsMatch(templateLabels, pod.metadata?.labels)) fullyLabeled++;
    if (isPodReady(pod)) {
      ready++;
      if (isPodAvailable(pod, minReadySeconds, minReadyMs, now.getTime())) available++;
    }
  }
  let conditions = rs.status?.conditions ?? [];
  const failure = conditions.find((condition) => condition.type === REPLICA_FAILURE);
  if (outcome?.error !== undefined && !failure) {
    const diff = pods.length - (rs.spec?.replicas ?? 1);
    const reason = diff < 0 ? 'FailedCreate' : diff > 0 ? 'FailedDelete' : '';
    const condition: ReplicaSetCondition = {
      type: REPLICA_FAILURE,
      status: 'True',
      lastTransitionTime: kubeTime(now),
      reason,
      message: outcome.error,
    };
    conditions = [...conditions, condition];
  } else if (outcome?.error === undefined && failure) {
    conditions = conditions.filter((condition) => condition.type !== REPLICA_FAILURE);
  }
  return compactStatus({
    ...rs.status,
    replicas: pods.length,
    fullyLabeledReplicas: fullyLabeled,
    readyReplicas: ready,
    availableReplicas: available,
    conditions,
  });
}

/** The status as Go serializes it: replicas always, the other counts and conditions only when set. */
export function compactStatus(status: ReplicaSetStatus): ReplicaSetStatus {
  const out: ReplicaSetStatus = { replicas: status.replicas };
  if (status.fullyLabeledReplicas) out.fullyLabeledReplicas = status.fullyLabeledReplicas;
  if (status.readyReplicas) out.readyReplicas = status.readyReplicas;
  if (status.availableReplicas) out.availableReplicas = status.availableReplicas;
  if (status.observedGeneration) out.observedGeneration = status.observedGeneration;
  if (status.conditions?.length) out.conditions = status.conditions;
  return out;
}

/**
 * updateReplicaSetStatus: the status to write, or undefined in the steady state (same counts and
 * conditions, generation observed). A written status records the generation acted on.
 */
export function statusToWrite(rs: ReplicaSet, next: ReplicaSetStatus): ReplicaSetStatus | undefined {
  const current = rs.status ?? { replicas: 0 };
  const generation = rs.metadata?.generation ?? 0;
  const same =
    (current.replicas ?? 0) === next.replicas &&
    (current.fullyLabeledReplicas ?? 0) === (next.fullyLabeledReplicas ?? 0) &&
    (current.readyReplicas ?? 0) === (next.readyReplicas ?? 0) &&
    (current.availableReplicas ?? 0) === (next.availableReplicas ?? 0) &&
    generation === (current.observedGeneration ?? 0) &&
    JSON.stringify(current.conditions ?? []) === JSON.stringify(next.conditions ?? []);
  return same ? undefined : compactStatus({ ...next, observedGeneration: generation });
}
