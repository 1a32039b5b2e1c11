import type { Pod } from 'kubernetes-types/core/v1';
import type { PodState } from './pod-stages';

/** The kubelet's view of a bound pod's state, derived from the pod alone (level-triggered). */
export function podState(pod: Pod): PodState | undefined {
  if (!pod.spec?.nodeName) return undefined;
  const phase = pod.status?.phase;
  const statuses = pod.status?.containerStatuses ?? [];
  if (pod.metadata?.deletionTimestamp) {
    return statuses.some((status) => status.state?.running && status.ready) ? 'terminating' : 'stopping';
  }
  if (phase === 'Succeeded' || phase === 'Failed') return 'finished';
  if (!pod.status?.hostIP) return 'bound';
  if (statuses.length > 0 && statuses.every((status) => status.state?.running)) return 'running';
  return 'creating';
}

const ms = (time: string | undefined): number | undefined => (time ? Date.parse(time) : undefined);

/**
 * When the pod entered its state, from what the pod records (second precision). Used when this worker has
 * not seen the transition itself (another worker or a restart did): delays then run from a slightly
 * earlier time, never a later one.
 */
export function recordedEntry(pod: Pod, state: PodState): number | undefined {
  const status = pod.status;
  switch (state) {
    case 'bound': {
      const scheduled = status?.conditions?.find((c) => c.type === 'PodScheduled');
      return ms(scheduled?.lastTransitionTime) ?? ms(pod.metadata?.creationTimestamp);
    }
    case 'creating':
      return ms(status?.startTime);
    case 'running':
    case 'finished':
      return undefined;
    case 'terminating':
    case 'stopping':
      return deletionRequestedAt(pod);
  }
}

/** When deletion was asked for: deletionTimestamp is that time plus the grace period. */
export function deletionRequestedAt(pod: Pod): number | undefined {
  const deadline = ms(pod.metadata?.deletionTimestamp);
  if (deadline === undefined) return undefined;
  return deadline - (pod.metadata?.deletionGracePeriodSeconds ?? 0) * 1000;
}
