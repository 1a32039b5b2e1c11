import type { Pod } from 'kubernetes-types/core/v1';
import { isPodActive, isPodReady, readySince } from './pod-state';

// Which surplus pods a ReplicaSet deletes first: controller.ActivePodsWithRanks as kube-controller-manager
// 1.32 sorts them, with its default feature gates (PodDeletionCost and LogarithmicScaleDown on).

const PHASE_ORDINAL: Readonly<Record<string, number>> = { Pending: 0, Unknown: 1, Running: 2 };

export const DELETION_COST_ANNOTATION = 'controller.kubernetes.io/pod-deletion-cost';

/** A pod with its rank: how many active related pods share its node (more = delete first). */
export interface RankedPod {
  pod: Pod;
  rank: number;
}

const phaseOrdinal = (pod: Pod): number => PHASE_ORDINAL[pod.status?.phase ?? ''] ?? 0;

/** GetDeletionCostFromPodAnnotations: an int32; anything else (or nothing) costs 0. */
export function deletionCost(pod: Pod): number {
  const value = pod.metadata?.annotations?.[DELETION_COST_ANNOTATION];
  if (value === undefined || !/^[+-]?\d+$/.test(value)) return 0;
  const cost = Number(value);
  return cost >= -2147483648 && cost <= 2147483647 ? cost : 0;
}

const timeOf = (value: string | undefined): number | undefined => {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
};

/** logarithmicRankDiff: compares ages on a log2 scale of nanoseconds, so similar ages tie. */
export function logarithmicRankDiff(t1: number, t2: number, nowMs: number): number {
  const rank = (t: number): number => {
    const ns = (nowMs - t) * 1e6;
    return ns > 0 ? Math.floor(Math.log2(ns)) : -1;
  };
  return rank(t1) - rank(t2);
}

/**
 * Newer first with zero (unset) times first: afterOrZero, or with both set the logarithmic buckets
 * (ties broken by uid). Returns negative when `a` goes first, 0 when they tie.
 */
function compareTimes(a: number | undefined, b: number | undefined, nowMs: number, uidA: string, uidB: string): number {
  if (a === b) return 0;
  if (a === undefined || b === undefined) return a === undefined ? -1 : 1;
  const diff = logarithmicRankDiff(a, b, nowMs);
  if (diff === 0) return uidA < uidB ? -1 : uidA > uidB ? 1 : 0;
  return diff < 0 ? -1 : 1;
}

function maxRestarts(pod: Pod): { regular: number; sidecar: number } {
  let regular = 0;
  for (const status of pod.status?.containerStatuses ?? []) regular = Math.max(regular, status.restartCount);
  const sidecars = new Set(
    (pod.spec?.initContainers ?? []).filter((c) => c.restartPolicy === 'Always').map((c) => c.name),
  );
  let sidecar = 0;
  for (const status of pod.status?.initContainerStatuses ?? []) {
    if (sidecars.has(status.name)) sidecar = Math.max(sidecar, status.restartCount);
  }
  return { regular, sidecar };
}

/** ActivePodsWithRanks.Less as a comparator: negative when `a` should be deleted before `b`. */
export function compareForDeletion(a: RankedPod, b: RankedPod, nowMs: number): number {
  const pa = a.pod;
  const pb = b.pod;
  // 1. Unassigned < assigned.
  const nodeA = pa.spec?.nodeName ?? '';
  const nodeB = pb.spec?.nodeName ?? '';
  if (nodeA !== nodeB && (nodeA === '' || nodeB === '')) return nodeA === '' ? -1 : 1;
  // 2. Pending < Unknown < Running.
  if (phaseOrdinal(pa) !== phaseOrdinal(pb)) return phaseOrdinal(pa) - phaseOrdinal(pb);
  // 3. Not ready < ready.
  const readyA = isPodReady(pa);
  const readyB = isPodReady(pb);
  if (readyA !== readyB) return readyA ? 1 : -1;
  // 4. Lower pod-deletion-cost < higher.
  if (deletionCost(pa) !== deletionCost(pb)) return deletionCost(pa) < deletionCost(pb) ? -1 : 1;
  // 5. Doubled up (more related pods on the same node) < not doubled up.
  if (a.rank !== b.rank) return b.rank - a.rank;
  const uidA = pa.metadata?.uid ?? '';
  const uidB = pb.metadata?.uid ?? '';
  // 6. Both ready: ready for less time < more time.
  if (readyA && readyB) {
    const byReady = compareTimes(readySince(pa), readySince(pb), nowMs, uidA, uidB);
    if (readySince(pa) !== readySince(pb)) return byReady;
  }
  // 7. More container restarts < fewer (regular containers, then restartable init containers).
  const restartsA = maxRestarts(pa);
  const restartsB = maxRestarts(pb);
  if (restartsA.regular !== restartsB.regular) return restartsA.regular > restartsB.regular ? -1 : 1;
  if (restartsA.sidecar !== restartsB.sidecar) return restartsA.sidecar > restartsB.sidecar ? -1 : 1;
  // 8. Empty creation time < newer < older.
  const createdA = timeOf(pa.metadata?.creationTimestamp);
  const createdB = timeOf(pb.metadata?.creationTimestamp);
  if (createdA !== createdB) return compareTimes(createdA, createdB, nowMs, uidA, uidB);
  return 0;
}

/**
 * getPodsRankedByRelatedPodsOnSameNode: each pod's rank is the number of active related pods (pods of
 * every ReplicaSet with the same controller) on its node.
 */
export function rankByRelatedPods(pods: readonly Pod[], related: readonly Pod[]): RankedPod[] {
  const onNode = new Map<string, number>();
  for (const pod of related) {
    if (!isPodActive(pod)) continue;
    const node = pod.spec?.nodeName ?? '';
    onNode.set(node, (onNode.get(node) ?? 0) + 1);
  }
  return pods.map((pod) => ({ pod, rank: onNode.get(pod.spec?.nodeName ?? '') ?? 0 }));
}

/** getPodsToDelete: the `count` pods to delete first (all of them when count covers every pod). */
export function podsToDelete(pods: readonly Pod[], related: readonly Pod[], count: number, nowMs: number): Pod[] {
  if (count >= pods.length) return pods.slice(0, count);
  return rankByRelatedPods(pods, related)
    .sort((a, b) => compareForDeletion(a, b, nowMs))
    .slice(0, count)
    .map((ranked) => ranked.pod);
}
