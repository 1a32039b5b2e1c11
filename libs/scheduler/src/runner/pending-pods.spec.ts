import type { Pod } from 'kubernetes-types/core/v1';
import { pendingPods, queueOrder } from './pending-pods';

const pod = (name: string, extra: Partial<Pod> = {}): Pod => ({
  metadata: { name, creationTimestamp: '2026-01-01T00:00:00Z', ...extra.metadata },
  spec: { containers: [], ...extra.spec },
  status: extra.status,
});

describe('pendingPods', () => {
  it('takes unbound, live pods of the default scheduler only', () => {
    const pods = [
      pod('a'),
      pod('bound', { spec: { containers: [], nodeName: 'n' } }),
      pod('leaving', { metadata: { name: 'leaving', deletionTimestamp: '2026-01-01T00:00:00Z' } }),
      pod('other', { spec: { containers: [], schedulerName: 'my-scheduler' } }),
      pod('done', { status: { phase: 'Succeeded' } }),
    ];
    expect(pendingPods(pods).map((p) => p.metadata?.name)).toEqual(['a']);
  });

  it('orders by priority, then age, then name', () => {
    const pods = [
      pod('young', { metadata: { name: 'young', creationTimestamp: '2026-01-01T00:00:09Z' } }),
      pod('b'),
      pod('a'),
      pod('vip', { spec: { containers: [], priority: 1000 } }),
    ];
    expect([...pods].sort(queueOrder).map((p) => p.metadata?.name)).toEqual(['vip', 'a', 'b', 'young']);
  });
});
