import type { Node, NodeCondition, Taint } from 'kubernetes-types/core/v1';

export const UNREACHABLE = 'node.kubernetes.io/unreachable';

/** The node's conditions as its kubelet reports them when healthy. */
const HEALTHY: ReadonlyArray<Pick<NodeCondition, 'type' | 'status' | 'reason' | 'message'>> = [
  {
    type: 'MemoryPressure',
    status: 'False',
    reason: 'KubeletHasSufficientMemory',
    message: 'kubelet has sufficient memory available',
  },
  {
    type: 'DiskPressure',
    status: 'False',
    reason: 'KubeletHasNoDiskPressure',
    message: 'kubelet has no disk pressure',
  },
  {
    type: 'PIDPressure',
    status: 'False',
    reason: 'KubeletHasSufficientPID',
    message: 'kubelet has sufficient PID available',
  },
  { type: 'Ready', status: 'True', reason: 'KubeletReady', message: 'kubelet is posting ready status' },
];

export type NodeHealthChange =
  | { kind: 'none'; checkAgainAt?: number }
  /** Grace period over without heartbeats: conditions Unknown, unreachable taints. */
  | { kind: 'unreachable'; node: Node }
  /** Heartbeats are back: conditions healthy, unreachable taints gone. */
  | { kind: 'recovered'; node: Node };

const isUnreachableTaint = (taint: Taint) => taint.key === UNREACHABLE;

/**
 * What the node lifecycle controller does about one node, given when its agent stopped (null: running).
 * After node-monitor-grace-period without heartbeats every condition turns Unknown ("Kubelet stopped
 * posting node status.") and the node gets the unreachable NoSchedule and NoExecute taints.
 */
export function nodeHealth(
  node: Node,
  stoppedAt: number | null,
  nowMs: number,
  graceMs: number,
  now: string,
): NodeHealthChange {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const taints = node.spec?.taints ?? [];
  if (stoppedAt !== null) {
    if (ready?.status === 'Unknown') return { kind: 'none' };
    const deadline = stoppedAt + graceMs;
    if (nowMs < deadline) return { kind: 'none', checkAgainAt: deadline };
    const conditions = (node.status?.conditions ?? []).map((condition) => ({
      ...condition,
      status: 'Unknown',
      reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.',
      lastTransitionTime: now,
    }));
    const kept = taints.filter((taint) => !isUnreachableTaint(taint));
    return {
      kind: 'unreachable',
      node: {
        ...node,
        spec: {
          ...node.spec,
          taints: [
            ...kept,
            { key: UNREACHABLE, effect: 'NoSchedule', timeAdded: now },
            { key: UNREACHABLE, effect: 'NoExecute', timeAdded: now },
          ],
        },
        status: { ...node.status, conditions },
      },
    };
  }
  if (ready?.status === 'True' && !taints.some(isUnreachableTaint)) return { kind: 'none' };
  const conditions = HEALTHY.map((healthy) => {
    const old = node.status?.conditions?.find((c) => c.type === healthy.type);
    return {
      ...healthy,
      lastHeartbeatTime: now,
      lastTransitionTime: old?.status === healthy.status ? old.lastTransitionTime : now,
    };
  });
  const kept = taints.filter((taint) => !isUnreachableTaint(taint));
  const spec = { ...node.spec };
  if (kept.length) spec.taints = kept;
  else delete spec.taints;
  return { kind: 'recovered', node: { ...node, spec, status: { ...node.status, conditions } } };
}
