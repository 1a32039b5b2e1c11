import type { Pod, PodCondition } from 'kubernetes-types/core/v1';

// Pod facts the workload controllers share (k8s.io/kubernetes/pkg/api/v1/pod and controller_utils).

/** IsPodActive: not finished (Succeeded, Failed) and not being deleted; only these count as replicas. */
export const isPodActive = (pod: Pod): boolean =>
  pod.status?.phase !== 'Succeeded' && pod.status?.phase !== 'Failed' && !pod.metadata?.deletionTimestamp;

export const readyCondition = (pod: Pod): PodCondition | undefined =>
  pod.status?.conditions?.find((condition) => condition.type === 'Ready');

/** IsPodReady: the Ready condition is True. */
export const isPodReady = (pod: Pod): boolean => readyCondition(pod)?.status === 'True';

/** When the pod turned Ready (ms since epoch), undefined when it is not ready or the time is unset. */
export function readySince(pod: Pod): number | undefined {
  const condition = readyCondition(pod);
  if (condition?.status !== 'True' || !condition.lastTransitionTime) return undefined;
  const at = Date.parse(condition.lastTransitionTime);
  return Number.isNaN(at) ? undefined : at;
}

/**
 * When a ready pod counts as available: minReadySeconds after it turned Ready (upstream compares with a
 * strict "before", so availability starts just after that instant). Undefined when it never will
 * (not ready); `minReadyMs` is minReadySeconds in the sandbox's time, 0 meaning "as soon as ready".
 */
export function availableFrom(pod: Pod, minReadySeconds: number, minReadyMs: number): number | undefined {
  if (!isPodReady(pod)) return undefined;
  if (minReadySeconds <= 0) return Number.NEGATIVE_INFINITY;
  const since = readySince(pod);
  return since === undefined ? undefined : since + minReadyMs + 1;
}

/** IsPodAvailable: ready for at least minReadySeconds. */
export function isPodAvailable(pod: Pod, minReadySeconds: number, minReadyMs: number, nowMs: number): boolean {
  const from = availableFrom(pod, minReadySeconds, minReadyMs);
  return from !== undefined && from <= nowMs;
}
