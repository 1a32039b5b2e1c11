import type { Pod, Taint } from 'kubernetes-types/core/v1';
import { taintEvictions } from './taint-eviction';

const taint: Taint = { key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: '2026-01-01T00:00:00Z' };
const added = Date.parse('2026-01-01T00:00:00Z');
const pod = (name: string, tolerations: NonNullable<Pod['spec']>['tolerations'] = []): Pod => ({
  metadata: { name },
  spec: { containers: [], tolerations },
});
const scale = (seconds: number) => seconds * 10; // the fast profile's 1/100

describe('taintEvictions', () => {
  it('evicts pods without a matching toleration at once', () => {
    expect(taintEvictions([pod('a')], [taint], added, scale).evict.map((p) => p.metadata?.name)).toEqual(['a']);
  });

  it('evicts a tolerating pod after its tolerationSeconds, and says when', () => {
    const tolerating = pod('b', [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    expect(taintEvictions([tolerating], [taint], added + 1000, scale)).toEqual({ evict: [], nextAt: added + 3000 });
    expect(taintEvictions([tolerating], [taint], added + 3000, scale).evict).toHaveLength(1);
  });

  it('keeps pods tolerating forever and ignores pods already being deleted and NoSchedule taints', () => {
    const forever = pod('c', [{ operator: 'Exists' }]);
    const leaving = { ...pod('d'), metadata: { name: 'd', deletionTimestamp: '2026-01-01T00:00:00Z' } };
    expect(taintEvictions([forever, leaving], [taint], added, scale)).toEqual({ evict: [] });
    expect(taintEvictions([pod('e')], [{ ...taint, effect: 'NoSchedule' }], added, scale)).toEqual({ evict: [] });
  });
});
