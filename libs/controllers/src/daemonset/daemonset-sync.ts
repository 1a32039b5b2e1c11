import type { DaemonSet } from 'kubernetes-types/apps/v1';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import {
  nodeShouldRunDaemonPod,
  REVISION_HASH_LABEL,
  targetNodeName,
  TEMPLATE_GENERATION_ANNOTATION,
  TEMPLATE_GENERATION_LABEL,
} from './daemon-pods';

// What the DaemonSet controller decides from its pods and the nodes (upstream daemon_controller.go
// manage/podsShouldBeOnNode/updateDaemonSetStatus and update.go rollingUpdate), as pure functions.

/** Time and timing a decision depends on: availability needs minReadySeconds (scaled by the profile). */
export interface Clock {
  now: number;
  minReadyMs: number;
}

export type PodsByNode = Map<string, Pod[]>;

const readyCondition = (pod: Pod) => pod.status?.conditions?.find((c) => c.type === 'Ready');
export const isPodReady = (pod: Pod): boolean => readyCondition(pod)?.status === 'True';

/** IsPodAvailable: ready for at least minReadySeconds. */
export function isPodAvailable(pod: Pod, { now, minReadyMs }: Clock): boolean {
  if (!isPodReady(pod)) return false;
  if (minReadyMs <= 0) return true;
  const since = Date.parse(readyCondition(pod)?.lastTransitionTime ?? '');
  return !Number.isNaN(since) && since + minReadyMs <= now;
}

/** When the ready pod becomes available, if it is not yet. */
export function availableIn(pod: Pod, clock: Clock): number | undefined {
  if (!isPodReady(pod) || isPodAvailable(pod, clock)) return undefined;
  const since = Date.parse(readyCondition(pod)?.lastTransitionTime ?? '');
  return Number.isNaN(since) ? undefined : since + clock.minReadyMs - clock.now;
}

const isTerminal = (pod: Pod): boolean => pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';

/** getNodesToDaemonPods: the DaemonSet's pods by target node (finished pods already being removed left out). */
export function podsByNode(pods: readonly Pod[], includeDeletedTerminal = false): PodsByNode {
  const result: PodsByNode = new Map();
  for (const pod of pods) {
    if (!includeDeletedTerminal && isTerminal(pod) && pod.metadata?.deletionTimestamp) continue;
    const node = targetNodeName(pod);
    if (node === undefined) continue;
    result.set(node, [...(result.get(node) ?? []), pod]);
  }
  return result;
}

/** podByCreationTimestampAndPhase: scheduled first, then oldest, then by name. */
export function byAge(a: Pod, b: Pod): number {
  const scheduled = Number(Boolean(b.spec?.nodeName)) - Number(Boolean(a.spec?.nodeName));
  if (scheduled) return scheduled;
  const ta = a.metadata?.creationTimestamp ?? '';
  const tb = b.metadata?.creationTimestamp ?? '';
  if (ta !== tb) return ta < tb ? -1 : 1;
  return (a.metadata?.name ?? '') < (b.metadata?.name ?? '') ? -1 : 1;
}

/** IsPodUpdated: the pod carries the current revision hash (or the current template generation). */
export function isPodUpdated(pod: Pod, ds: DaemonSet, hash: string): boolean {
  const generation = ds.metadata?.annotations?.[TEMPLATE_GENERATION_ANNOTATION];
  const labels = pod.metadata?.labels ?? {};
  return (
    (hash !== '' && labels[REVISION_HASH_LABEL] === hash) ||
    (generation !== undefined && labels[TEMPLATE_GENERATION_LABEL] === generation)
  );
}

const allowsSurge = (ds: DaemonSet): boolean =>
  ds.spec?.updateStrategy?.type !== 'OnDelete' && scaled(ds.spec?.updateStrategy?.rollingUpdate?.maxSurge, 1) > 0;

/** GetScaledValueFromIntOrPercent, rounding up. */
export function scaled(value: number | string | undefined, total: number): number {
  if (value === undefined) return 0;
  if (typeof value === 'number') return value;
  const match = /^(\d+)%$/.exec(value);
  if (match) return Math.ceil((Number(match[1]) * total) / 100);
  return /^\d+$/.test(value) ? Number(value) : 0;
}

export interface Decisions {
  /** Nodes to create a daemon pod for. */
  createOn: string[];
  /** Pods to delete. */
  delete: Pod[];
  /** Failed daemon pods among the deletions, reported as FailedDaemonPod. */
  failed: Array<{ pod: Pod; node: string }>;
}

const none = (): Decisions => ({ createOn: [], delete: [], failed: [] });

/** podsShouldBeOnNode for one node. */
function podsShouldBeOnNode(
  node: Node,
  ds: DaemonSet,
  daemonPods: Pod[] | undefined,
  hash: string,
  clock: Clock,
  out: Decisions,
) {
  const name = node.metadata?.name ?? '';
  const { shouldRun, shouldContinueRunning } = nodeShouldRunDaemonPod(node, ds);
  if (shouldRun && daemonPods === undefined) {
    out.createOn.push(name);
    return;
  }
  if (shouldContinueRunning) {
    const running: Pod[] = [];
    for (const pod of daemonPods ?? []) {
      if (pod.metadata?.deletionTimestamp) continue;
      if (pod.status?.phase === 'Failed') {
        out.delete.push(pod);
        out.failed.push({ pod, node: name });
      } else if (pod.status?.phase === 'Succeeded') {
        out.delete.push(pod);
      } else {
        running.push(pod);
      }
    }
    running.sort(byAge);
    if (!allowsSurge(ds)) {
      // One pod per node: all but the oldest go.
      out.delete.push(...running.slice(1));
      return;
    }
    if (running.length === 0) {
      if (shouldRun) out.createOn.push(name);
      return;
    }
    // Surging: an old and a new pod may share the node until the new one is available.
    let oldestNew: Pod | undefined;
    let oldestOld: Pod | undefined;
    for (const pod of running) {
      if (isPodUpdated(pod, ds, hash)) {
        if (!oldestNew) oldestNew = pod;
        else out.delete.push(pod);
      } else if (!oldestOld) oldestOld = pod;
      else out.delete.push(pod);
    }
    if (oldestNew && oldestOld && (!isPodReady(oldestOld) || isPodAvailable(oldestNew, clock))) {
      out.delete.push(oldestOld);
    }
    return;
  }
  if (daemonPods) out.delete.push(...daemonPods.filter((pod) => !pod.metadata?.deletionTimestamp));
}

/**
 * manage: a pod on every node that should run one, failed and surplus pods deleted, pods on nodes that
 * no longer qualify deleted, and unscheduled pods for nodes that are gone deleted.
 */
export function manage(
  ds: DaemonSet,
  nodes: readonly Node[],
  byNode: PodsByNode,
  hash: string,
  clock: Clock,
): Decisions {
  const out = none();
  for (const node of nodes) podsShouldBeOnNode(node, ds, byNode.get(node.metadata?.name ?? ''), hash, clock, out);
  const known = new Set(nodes.map((n) => n.metadata?.name ?? ''));
  for (const [name, pods] of byNode) {
    if (!known.has(name)) out.delete.push(...pods.filter((pod) => !pod.spec?.nodeName));
  }
  return out;
}

/** findUpdatedPodsOnNode: at most one new and one old live pod, else undefined (manage cleans up). */
function updatedPodsOnNode(ds: DaemonSet, pods: readonly Pod[], hash: string) {
  let newPod: Pod | undefined;
  let oldPod: Pod | undefined;
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp) continue;
    if (isPodUpdated(pod, ds, hash)) {
      if (newPod) return undefined;
      newPod = pod;
    } else {
      if (oldPod) return undefined;
      oldPod = pod;
    }
  }
  return { newPod, oldPod };
}

/** updatedDesiredNodeCounts: surge and unavailability allowances, never both zero. */
function allowances(ds: DaemonSet, nodes: readonly Node[], byNode: PodsByNode) {
  let desired = 0;
  for (const node of nodes) {
    if (!nodeShouldRunDaemonPod(node, ds).shouldRun) continue;
    desired++;
    if (!byNode.has(node.metadata?.name ?? '')) byNode.set(node.metadata?.name ?? '', []);
  }
  const rolling = ds.spec?.updateStrategy?.rollingUpdate;
  let maxUnavailable = scaled(rolling?.maxUnavailable ?? 1, desired);
  const maxSurge = scaled(rolling?.maxSurge, desired);
  if (desired > 0 && maxUnavailable === 0 && maxSurge === 0) maxUnavailable = 1;
  return { desired, maxUnavailable, maxSurge };
}

/**
 * rollingUpdate: without surge, delete old pods while no more than maxUnavailable are unavailable (the
 * manage pass recreates them); with surge, start new pods next to available old ones (up to maxSurge)
 * and delete old pods once their replacement is available.
 */
export function rollingUpdate(
  ds: DaemonSet,
  nodes: readonly Node[],
  pods: PodsByNode,
  hash: string,
  clock: Clock,
): Decisions {
  const out = none();
  const byNode: PodsByNode = new Map(pods);
  const { desired, maxUnavailable, maxSurge } = allowances(ds, nodes, byNode);
  const entries = [...byNode.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (maxSurge === 0) {
    let unavailable = 0;
    const replace: Pod[] = [];
    const candidates: Pod[] = [];
    for (const [, nodePods] of entries) {
      const found = updatedPodsOnNode(ds, nodePods, hash);
      if (!found) {
        unavailable++;
        continue;
      }
      const { newPod, oldPod } = found;
      if ((!oldPod && !newPod) || (oldPod && newPod)) unavailable++;
      else if (newPod) {
        if (!isPodAvailable(newPod, clock)) unavailable++;
      } else if (oldPod) {
        if (!isPodAvailable(oldPod, clock)) replace.push(oldPod);
        else if (unavailable < maxUnavailable) candidates.push(oldPod);
      }
    }
    const room = Math.min(Math.max(0, maxUnavailable - unavailable), candidates.length);
    out.delete.push(...replace, ...candidates.slice(0, room));
    return out;
  }
  const nodeByName = new Map(nodes.map((n) => [n.metadata?.name ?? '', n]));
  const shouldRunOn = (name: string) => {
    const node = nodeByName.get(name);
    return node !== undefined && nodeShouldRunDaemonPod(node, ds).shouldRun;
  };
  let surge = 0;
  let available = 0;
  const allowedNew: string[] = [];
  const candidateNew: string[] = [];
  const notRunning: Pod[] = [];
  for (const [name, nodePods] of entries) {
    const found = updatedPodsOnNode(ds, nodePods, hash);
    if (!found) {
      surge++;
      continue;
    }
    const { newPod, oldPod } = found;
    if (oldPod ? isPodAvailable(oldPod, clock) : newPod && isPodAvailable(newPod, clock)) available++;
    if (!oldPod) continue;
    if (!newPod) {
      if (!isPodAvailable(oldPod, clock)) {
        if (!shouldRunOn(name)) out.delete.push(oldPod);
        else allowedNew.push(name);
      } else if (!shouldRunOn(name)) {
        notRunning.push(oldPod);
      } else if (surge < maxSurge) {
        candidateNew.push(name);
      }
      continue;
    }
    if (!isPodAvailable(newPod, clock)) surge++;
    else out.delete.push(oldPod);
  }
  // Pods on nodes that no longer qualify go only while enough others are available.
  const deletable = Math.min(Math.max(0, available - desired), notRunning.length);
  out.delete.push(...notRunning.slice(0, deletable));
  const room = Math.min(Math.max(0, maxSurge - surge), candidateNew.length);
  out.createOn.push(...allowedNew, ...candidateNew.slice(0, room));
  return out;
}

export interface DaemonSetStatusCounts {
  currentNumberScheduled: number;
  numberMisscheduled: number;
  desiredNumberScheduled: number;
  numberReady: number;
  updatedNumberScheduled: number;
  numberAvailable: number;
  numberUnavailable: number;
}

/** updateDaemonSetStatus: counted over nodes, from each node's oldest daemon pod. */
export function statusCounts(
  ds: DaemonSet,
  nodes: readonly Node[],
  byNode: PodsByNode,
  hash: string,
  clock: Clock,
): DaemonSetStatusCounts {
  const counts = {
    currentNumberScheduled: 0,
    numberMisscheduled: 0,
    desiredNumberScheduled: 0,
    numberReady: 0,
    updatedNumberScheduled: 0,
    numberAvailable: 0,
    numberUnavailable: 0,
  };
  for (const node of nodes) {
    const pods = byNode.get(node.metadata?.name ?? '') ?? [];
    const scheduled = pods.length > 0;
    if (!nodeShouldRunDaemonPod(node, ds).shouldRun) {
      if (scheduled) counts.numberMisscheduled++;
      continue;
    }
    counts.desiredNumberScheduled++;
    if (!scheduled) continue;
    counts.currentNumberScheduled++;
    const pod = [...pods].sort(byAge)[0];
    if (isPodReady(pod)) {
      counts.numberReady++;
      if (isPodAvailable(pod, clock)) counts.numberAvailable++;
    }
    if (isPodUpdated(pod, ds, hash)) counts.updatedNumberScheduled++;
  }
  counts.numberUnavailable = counts.desiredNumberScheduled - counts.numberAvailable;
  return counts;
}
