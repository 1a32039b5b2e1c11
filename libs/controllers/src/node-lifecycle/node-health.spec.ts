import type { Node } from 'kubernetes-types/core/v1';
import { nodeHealth } from './node-health';

const healthy: Node = {
  metadata: { name: 'node-2' },
  spec: { podCIDR: '10.244.2.0/24' },
  status: {
    conditions: [
      {
        type: 'Ready',
        status: 'True',
        reason: 'KubeletReady',
        message: 'kubelet is posting ready status',
        lastTransitionTime: 'T0',
      },
    ],
  },
};
const stopped = 1_000_000;

describe('nodeHealth', () => {
  it('waits out the grace period after heartbeats stop', () => {
    expect(nodeHealth(healthy, stopped, stopped + 100, 400, 'T1')).toEqual({
      kind: 'none',
      checkAgainAt: stopped + 400,
    });
  });

  it('turns conditions Unknown and taints the node unreachable after the grace period', () => {
    const change = nodeHealth(healthy, stopped, stopped + 400, 400, 'T1');
    expect(change.kind).toBe('unreachable');
    if (change.kind !== 'unreachable') return;
    expect(change.node.status?.conditions?.[0]).toMatchObject({
      type: 'Ready',
      status: 'Unknown',
      reason: 'NodeStatusUnknown',
      message: 'Kubelet stopped posting node status.',
    });
    expect(change.node.spec?.taints).toEqual([
      { key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: 'T1' },
      { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: 'T1' },
    ]);
    // decided once: an unreachable node stays as it is
    expect(nodeHealth(change.node, stopped, stopped + 900, 400, 'T2')).toEqual({ kind: 'none' });
  });

  it('recovers when the agent runs again: Ready, taints removed', () => {
    const change = nodeHealth(healthy, stopped, stopped + 400, 400, 'T1');
    if (change.kind !== 'unreachable') throw new Error('expected unreachable');
    const back = nodeHealth(change.node, null, stopped + 1000, 400, 'T3');
    expect(back.kind).toBe('recovered');
    if (back.kind !== 'recovered') return;
    expect(back.node.spec?.taints).toBeUndefined();
    expect(back.node.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({
      status: 'True',
      reason: 'KubeletReady',
    });
    expect(nodeHealth(healthy, null, 0, 400, 'T')).toEqual({ kind: 'none' });
  });
});
