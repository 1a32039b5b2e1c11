import type { Deployment, DeploymentCondition, DeploymentStatus, ReplicaSet } from 'kubernetes-types/apps/v1';
import { kubeTime } from '@ksb/controller-runtime';
import {
  actualReplicas,
  availableReplicas,
  maxUnavailable,
  readyReplicas,
  replicasOf,
  specReplicas,
} from './rollout-math';

// Deployment status and conditions (deployment/util, sync.go calculateStatus, progress.go).

export const AVAILABLE = 'Available';
export const PROGRESSING = 'Progressing';
export const REPLICA_FAILURE = 'ReplicaFailure';

export const REASONS = {
  replicaSetUpdated: 'ReplicaSetUpdated',
  failedRSCreate: 'ReplicaSetCreateError',
  newReplicaSet: 'NewReplicaSetCreated',
  foundNewRS: 'FoundNewReplicaSet',
  newRSAvailable: 'NewReplicaSetAvailable',
  timedOut: 'ProgressDeadlineExceeded',
  paused: 'DeploymentPaused',
  resumed: 'DeploymentResumed',
  minimumReplicasAvailable: 'MinimumReplicasAvailable',
  minimumReplicasUnavailable: 'MinimumReplicasUnavailable',
} as const;

const MAX_INT32 = 2147483647;

/** HasProgressDeadline: progressDeadlineSeconds set and not "forever". */
export const hasProgressDeadline = (d: Deployment): boolean =>
  d.spec?.progressDeadlineSeconds !== undefined && d.spec.progressDeadlineSeconds !== MAX_INT32;

/** HasRevisionHistoryLimit. */
export const hasRevisionHistoryLimit = (d: Deployment): boolean =>
  d.spec?.revisionHistoryLimit !== undefined && d.spec.revisionHistoryLimit !== MAX_INT32;

export const getCondition = (status: DeploymentStatus | undefined, type: string): DeploymentCondition | undefined =>
  status?.conditions?.find((condition) => condition.type === type);

/** NewDeploymentCondition: both times now, fields in Go's order. */
export const newCondition = (
  type: string,
  status: 'True' | 'False' | 'Unknown',
  reason: string,
  message: string,
  now: Date,
): DeploymentCondition => ({
  type,
  status,
  lastUpdateTime: kubeTime(now),
  lastTransitionTime: kubeTime(now),
  reason,
  message,
});

/**
 * SetDeploymentCondition: replaces the condition of its type (moving it last), unless status and reason
 * are unchanged; the transition time is kept while the status stays the same.
 */
export function setCondition(status: DeploymentStatus, condition: DeploymentCondition): void {
  const current = getCondition(status, condition.type);
  if (current && current.status === condition.status && current.reason === condition.reason) return;
  const next = { ...condition };
  if (current && current.status === condition.status) next.lastTransitionTime = current.lastTransitionTime;
  status.conditions = [...(status.conditions ?? []).filter((c) => c.type !== condition.type), next];
}

export function removeCondition(status: DeploymentStatus, type: string): void {
  const rest = (status.conditions ?? []).filter((c) => c.type !== type);
  if (rest.length) status.conditions = rest;
  else delete status.conditions;
}

/** The status as Go serializes it: zero counts left out, collisionCount kept once set. */
export function compactStatus(status: DeploymentStatus): DeploymentStatus {
  const out: DeploymentStatus = {};
  if (status.observedGeneration) out.observedGeneration = status.observedGeneration;
  if (status.replicas) out.replicas = status.replicas;
  if (status.updatedReplicas) out.updatedReplicas = status.updatedReplicas;
  if (status.readyReplicas) out.readyReplicas = status.readyReplicas;
  if (status.availableReplicas) out.availableReplicas = status.availableReplicas;
  if (status.unavailableReplicas) out.unavailableReplicas = status.unavailableReplicas;
  if (status.conditions?.length) out.conditions = status.conditions;
  if (status.collisionCount !== undefined) out.collisionCount = status.collisionCount;
  return out;
}

/** calculateStatus: counts from the ReplicaSets, and Available from the unavailability budget. */
export function calculateStatus(
  allRSs: readonly (ReplicaSet | undefined)[],
  newRS: ReplicaSet | undefined,
  d: Deployment,
  now: Date,
): DeploymentStatus {
  const available = availableReplicas(allRSs);
  const unavailable = Math.max(0, specReplicas(allRSs) - available);
  const status: DeploymentStatus = {
    observedGeneration: typeof d.metadata?.generation === 'number' ? d.metadata.generation : 0,
    replicas: actualReplicas(allRSs),
    updatedReplicas: actualReplicas([newRS]),
    readyReplicas: readyReplicas(allRSs),
    availableReplicas: available,
    unavailableReplicas: unavailable,
    ...(d.status?.collisionCount !== undefined ? { collisionCount: d.status.collisionCount } : {}),
    ...(d.status?.conditions?.length ? { conditions: d.status.conditions.map((c) => ({ ...c })) } : {}),
  };
  if (available >= replicasOf(d) - maxUnavailable(d)) {
    setCondition(
      status,
      newCondition(AVAILABLE, 'True', REASONS.minimumReplicasAvailable, 'Deployment has minimum availability.', now),
    );
  } else {
    setCondition(
      status,
      newCondition(
        AVAILABLE,
        'False',
        REASONS.minimumReplicasUnavailable,
        'Deployment does not have minimum availability.',
        now,
      ),
    );
  }
  return compactStatus(status);
}

/** DeploymentComplete: every desired replica updated, no others, all available, generation observed. */
export const deploymentComplete = (d: Deployment, status: DeploymentStatus): boolean =>
  (status.updatedReplicas ?? 0) === replicasOf(d) &&
  (status.replicas ?? 0) === replicasOf(d) &&
  (status.availableReplicas ?? 0) === replicasOf(d) &&
  (status.observedGeneration ?? 0) >= (d.metadata?.generation ?? 0);

/** DeploymentProgressing: more updated, fewer old, more ready or more available pods than before. */
export function deploymentProgressing(d: Deployment, next: DeploymentStatus): boolean {
  const old = d.status ?? {};
  const oldOld = (old.replicas ?? 0) - (old.updatedReplicas ?? 0);
  const newOld = (next.replicas ?? 0) - (next.updatedReplicas ?? 0);
  return (
    (next.updatedReplicas ?? 0) > (old.updatedReplicas ?? 0) ||
    newOld < oldOld ||
    (next.readyReplicas ?? 0) > (old.readyReplicas ?? 0) ||
    (next.availableReplicas ?? 0) > (old.availableReplicas ?? 0)
  );
}

/**
 * When the deployment times out without progress: the Progressing condition's last update plus the
 * deadline (in the sandbox's time). Undefined when it cannot time out (no deadline, no condition, or
 * already complete); -Infinity when it already has.
 */
export function progressDeadlineAt(d: Deployment, status: DeploymentStatus, deadlineMs: number): number | undefined {
  if (!hasProgressDeadline(d)) return undefined;
  const condition = getCondition(status, PROGRESSING);
  if (!condition) return undefined;
  if (condition.reason === REASONS.newRSAvailable) return undefined;
  if (condition.reason === REASONS.timedOut) return Number.NEGATIVE_INFINITY;
  const from = Date.parse(condition.lastUpdateTime ?? '');
  return Number.isNaN(from) ? undefined : from + deadlineMs;
}

/** DeploymentTimedOut: no progress reported within progressDeadlineSeconds (compared strictly, as upstream). */
export function deploymentTimedOut(
  d: Deployment,
  status: DeploymentStatus,
  deadlineMs: number,
  nowMs: number,
): boolean {
  const at = progressDeadlineAt(d, status, deadlineMs);
  return at !== undefined && at < nowMs;
}

/** ReplicaSetToDeploymentCondition. */
export const toDeploymentCondition = (c: {
  type: string;
  status: string;
  lastTransitionTime?: string;
  reason?: string;
  message?: string;
}): DeploymentCondition => ({
  type: c.type,
  status: c.status,
  ...(c.lastTransitionTime ? { lastUpdateTime: c.lastTransitionTime, lastTransitionTime: c.lastTransitionTime } : {}),
  ...(c.reason ? { reason: c.reason } : {}),
  ...(c.message ? { message: c.message } : {}),
});

/** getReplicaFailures: the new ReplicaSet's ReplicaFailure conditions, else the old ones'. */
export function replicaFailures(allRSs: readonly (ReplicaSet | undefined)[], newRS: ReplicaSet | undefined) {
  const failures = (rs: ReplicaSet | undefined) =>
    (rs?.status?.conditions ?? []).filter((c) => c.type === REPLICA_FAILURE).map(toDeploymentCondition);
  const fromNew = failures(newRS);
  return fromNew.length ? fromNew : allRSs.flatMap(failures);
}

/**
 * syncRolloutStatus' status: progress conditions (complete, progressing, timed out) when there is a
 * deadline, and the ReplicaSets' replica failures.
 */
export function rolloutStatus(
  allRSs: readonly (ReplicaSet | undefined)[],
  newRS: ReplicaSet | undefined,
  d: Deployment,
  now: Date,
  deadlineMs: number,
): DeploymentStatus {
  const status = calculateStatus(allRSs, newRS, d, now);
  if (!hasProgressDeadline(d)) removeCondition(status, PROGRESSING);
  const current = getCondition(d.status, PROGRESSING);
  const isComplete =
    (status.replicas ?? 0) === (status.updatedReplicas ?? 0) && current?.reason === REASONS.newRSAvailable;
  const name = d.metadata?.name ?? '';
  const rsName = newRS?.metadata?.name;
  if (hasProgressDeadline(d) && !isComplete) {
    if (deploymentComplete(d, status)) {
      const message = rsName
        ? `ReplicaSet ${JSON.stringify(rsName)} has successfully progressed.`
        : `Deployment ${JSON.stringify(name)} has successfully progressed.`;
      setCondition(status, newCondition(PROGRESSING, 'True', REASONS.newRSAvailable, message, now));
    } else if (deploymentProgressing(d, status)) {
      const message = rsName
        ? `ReplicaSet ${JSON.stringify(rsName)} is progressing.`
        : `Deployment ${JSON.stringify(name)} is progressing.`;
      const condition = newCondition(PROGRESSING, 'True', REASONS.replicaSetUpdated, message, now);
      // Progress refreshes lastUpdateTime even when the reason stays the same.
      if (current) {
        if (current.status === 'True') condition.lastTransitionTime = current.lastTransitionTime;
        removeCondition(status, PROGRESSING);
      }
      setCondition(status, condition);
    } else if (deploymentTimedOut(d, status, deadlineMs, now.getTime())) {
      const message = rsName
        ? `ReplicaSet ${JSON.stringify(rsName)} has timed out progressing.`
        : `Deployment ${JSON.stringify(name)} has timed out progressing.`;
      setCondition(status, newCondition(PROGRESSING, 'False', REASONS.timedOut, message, now));
    }
  }
  const failures = replicaFailures(allRSs, newRS);
  if (failures[0]) setCondition(status, failures[0]);
  else removeCondition(status, REPLICA_FAILURE);
  return compactStatus(status);
}

/**
 * requeueStuckDeployment: how long until a deployment without progress should be checked for its
 * deadline; undefined when nothing is pending (no deadline, complete, or already timed out).
 */
export function stuckRequeueMs(d: Deployment, status: DeploymentStatus, deadlineMs: number, nowMs: number) {
  const condition = getCondition(status, PROGRESSING);
  if (!hasProgressDeadline(d) || !condition) return undefined;
  if (deploymentComplete(d, status) || condition.reason === REASONS.timedOut) return undefined;
  const at = progressDeadlineAt(d, status, deadlineMs);
  if (at === undefined || !Number.isFinite(at)) return undefined;
  // Just past the deadline: the timeout test is strict.
  return Math.max(0, at - nowMs + 1);
}
