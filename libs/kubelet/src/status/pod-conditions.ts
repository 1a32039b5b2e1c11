import type { Pod, PodCondition } from 'kubernetes-types/core/v1';

/** Upstream's order of pod conditions in status. */
const ORDER = ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'];

/**
 * Sets conditions, keeping lastTransitionTime when a condition's status does not change (as the kubelet's
 * status manager does), and the others (PodScheduled, readiness gates) as they are.
 */
export function withConditions(pod: Pod, updates: readonly PodCondition[], now: string): PodCondition[] {
  const current = pod.status?.conditions ?? [];
  const merged = new Map(current.map((condition) => [condition.type, condition]));
  for (const update of updates) {
    const old = merged.get(update.type);
    const changed = !old || old.status !== update.status;
    merged.set(update.type, {
      type: update.type,
      status: update.status,
      lastProbeTime: null as unknown as string,
      lastTransitionTime: changed ? now : old.lastTransitionTime,
      ...(update.reason ? { reason: update.reason } : {}),
      ...(update.message ? { message: update.message } : {}),
    });
  }
  const rank = (type: string) => (ORDER.includes(type) ? ORDER.indexOf(type) : ORDER.length);
  return [...merged.values()].sort((a, b) => rank(a.type) - rank(b.type));
}

export const notReady = (type: 'Ready' | 'ContainersReady', names: readonly string[]): PodCondition => ({
  type,
  status: 'False',
  reason: 'ContainersNotReady',
  message: `containers with unready status: [${names.join(' ')}]`,
});

export const conditionTrue = (type: string): PodCondition => ({ type, status: 'True' });
