import type { Pod, Taint, Toleration } from 'kubernetes-types/core/v1';

export interface EvictionPlan {
  /** Pods to delete now. */
  evict: Pod[];
  /** The earliest time (ms) a tolerating pod runs out of tolerationSeconds. */
  nextAt?: number;
}

const tolerates = (toleration: Toleration, taint: Taint): boolean => {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.operator === 'Exists') return !toleration.key || toleration.key === taint.key;
  return toleration.key === taint.key && (toleration.value ?? '') === (taint.value ?? '');
};

/**
 * The taint manager for one node: pods that do not tolerate a NoExecute taint go now; pods that tolerate
 * it for tolerationSeconds go when that time (scaled by the profile) has passed since the taint was
 * added; pods tolerating it without a time stay. Pods already being deleted are left alone.
 */
export function taintEvictions(
  pods: readonly Pod[],
  taints: readonly Taint[],
  nowMs: number,
  scaleMs: (seconds: number) => number,
): EvictionPlan {
  const noExecute = taints.filter((taint) => taint.effect === 'NoExecute');
  const plan: EvictionPlan = { evict: [] };
  if (noExecute.length === 0) return plan;
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp) continue;
    let deadline = Infinity;
    for (const taint of noExecute) {
      const matching = (pod.spec?.tolerations ?? []).filter((t) => tolerates(t, taint));
      if (matching.length === 0) {
        deadline = -Infinity;
        break;
      }
      // Upstream takes the smallest tolerationSeconds among the matching tolerations.
      const seconds = matching.map((t) => t.tolerationSeconds).filter((s): s is number => typeof s === 'number');
      if (seconds.length === 0) continue;
      const added = taint.timeAdded ? Date.parse(taint.timeAdded) : nowMs;
      deadline = Math.min(deadline, added + scaleMs(Math.max(0, Math.min(...seconds))));
    }
    if (deadline <= nowMs) plan.evict.push(pod);
    else if (deadline !== Infinity) plan.nextAt = Math.min(plan.nextAt ?? Infinity, deadline);
  }
  return plan;
}
