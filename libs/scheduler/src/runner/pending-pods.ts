import type { Pod } from 'kubernetes-types/core/v1';

const DEFAULT_SCHEDULER = 'default-scheduler';

/** Pods this scheduler should place: unbound, alive, asking for the default scheduler. */
export function pendingPods(pods: readonly Pod[]): Pod[] {
  return pods.filter(
    (pod) =>
      !pod.spec?.nodeName &&
      !pod.metadata?.deletionTimestamp &&
      (pod.spec?.schedulerName ?? DEFAULT_SCHEDULER) === DEFAULT_SCHEDULER &&
      pod.status?.phase !== 'Succeeded' &&
      pod.status?.phase !== 'Failed',
  );
}

/** The scheduling queue's order (PrioritySort): higher priority first, then older first. */
export function queueOrder(a: Pod, b: Pod): number {
  const priority = (b.spec?.priority ?? 0) - (a.spec?.priority ?? 0);
  if (priority !== 0) return priority;
  const created = (a.metadata?.creationTimestamp ?? '').localeCompare(b.metadata?.creationTimestamp ?? '');
  return created !== 0 ? created : (a.metadata?.name ?? '').localeCompare(b.metadata?.name ?? '');
}

/** The PodScheduled=False condition an unschedulable pod carries (message as FailedScheduling). */
export function unschedulableCondition(pod: Pod): { message?: string } | undefined {
  return pod.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False');
}
