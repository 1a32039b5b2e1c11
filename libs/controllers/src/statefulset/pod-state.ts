import type { PodObject } from './statefulset-types';

// Pod predicates of the StatefulSet controller (stateful_set_utils.go, podutil.IsPodAvailable).

const phaseOf = (pod: PodObject): string => pod.status?.phase ?? '';

export const isTerminating = (pod: PodObject): boolean => Boolean(pod.metadata.deletionTimestamp);

/** Failed or Succeeded: a member that finished is replaced by a new pod of the same name. */
export const isFinished = (pod: PodObject): boolean => phaseOf(pod) === 'Failed' || phaseOf(pod) === 'Succeeded';

export const isPending = (pod: PodObject): boolean => phaseOf(pod) === 'Pending';

function readyCondition(pod: PodObject) {
  return pod.status?.conditions?.find((condition) => condition.type === 'Ready');
}

export const isRunningAndReady = (pod: PodObject): boolean =>
  phaseOf(pod) === 'Running' && readyCondition(pod)?.status === 'True';

/** Running and Ready, not being deleted. */
export const isHealthy = (pod: PodObject): boolean => isRunningAndReady(pod) && !isTerminating(pod);

/**
 * When a ready pod becomes available: minReady after its Ready condition turned True (upstream requires the time to
 * be strictly past). Undefined for pods that are not ready.
 */
export function availableAt(pod: PodObject, minReadyMs: number): number | undefined {
  if (!isRunningAndReady(pod)) return undefined;
  if (minReadyMs <= 0) return 0;
  const since = readyCondition(pod)?.lastTransitionTime;
  const start = since ? Date.parse(since) : NaN;
  return Number.isNaN(start) ? Number.POSITIVE_INFINITY : start + minReadyMs + 1;
}

export function isAvailable(pod: PodObject, minReadyMs: number, now: Date): boolean {
  const at = availableAt(pod, minReadyMs);
  return at !== undefined && at <= now.getTime();
}
