import {
  compareForDeletion,
  deletionCost,
  logarithmicRankDiff,
  podsToDelete,
  rankByRelatedPods,
} from './pod-deletion-rank';
import { pod } from './test-pods';

const NOW = Date.parse('2024-01-02T00:00:00Z');
const names = (pods: { metadata?: { name?: string } }[]) => pods.map((p) => p.metadata?.name);
const ranked = (p: ReturnType<typeof pod>, rank = 0) => ({ pod: p, rank });
const first = (a: ReturnType<typeof pod>, b: ReturnType<typeof pod>) => names(podsToDelete([a, b], [], 1, NOW))[0];

describe('pods to delete first (ActivePodsWithRanks)', () => {
  const running = { phase: 'Running', node: 'node-1', readySince: '2024-01-01T00:00:00Z' } as const;

  it('deletes unassigned before assigned pods', () => {
    expect(first(pod({ name: 'assigned', node: 'node-1' }), pod({ name: 'unassigned' }))).toBe('unassigned');
  });

  it('deletes Pending before Unknown before Running', () => {
    expect(
      first(pod({ name: 'run', node: 'n', phase: 'Running' }), pod({ name: 'unk', node: 'n', phase: 'Unknown' })),
    ).toBe('unk');
    expect(
      first(pod({ name: 'unk', node: 'n', phase: 'Unknown' }), pod({ name: 'pend', node: 'n', phase: 'Pending' })),
    ).toBe('pend');
  });

  it('deletes not-ready before ready pods', () => {
    expect(first(pod({ ...running, name: 'ready' }), pod({ ...running, name: 'unready', readySince: false }))).toBe(
      'unready',
    );
  });

  it('deletes a lower pod-deletion-cost first', () => {
    const cheap = pod({
      ...running,
      name: 'cheap',
      annotations: { 'controller.kubernetes.io/pod-deletion-cost': '-5' },
    });
    const dear = pod({ ...running, name: 'dear', annotations: { 'controller.kubernetes.io/pod-deletion-cost': '10' } });
    expect(first(dear, cheap)).toBe('cheap');
    expect(deletionCost(pod({ name: 'x', annotations: { 'controller.kubernetes.io/pod-deletion-cost': 'abc' } }))).toBe(
      0,
    );
  });

  it('deletes pods doubled up on a node with related pods first', () => {
    const a = pod({ ...running, name: 'a', node: 'node-1' });
    const b = pod({ ...running, name: 'b', node: 'node-2' });
    const c = pod({ ...running, name: 'c', node: 'node-2' });
    expect(rankByRelatedPods([a, b], [a, b, c]).map((r) => r.rank)).toEqual([1, 2]);
    expect(names(podsToDelete([a, b], [a, b, c], 1, NOW))).toEqual(['b']);
  });

  it('deletes the pod ready for less time first when the difference spans a log2 bucket', () => {
    const older = pod({ ...running, name: 'older', readySince: '2023-12-01T00:00:00Z' });
    const newer = pod({ ...running, name: 'newer', readySince: '2024-01-01T23:00:00Z' });
    expect(first(older, newer)).toBe('newer');
  });

  it('breaks ties of similar ages by uid (logarithmic scale-down)', () => {
    const a = pod({ ...running, name: 'a', uid: 'b-uid', readySince: '2024-01-01T00:00:00Z' });
    const b = pod({ ...running, name: 'b', uid: 'a-uid', readySince: '2024-01-01T00:00:01Z' });
    expect(logarithmicRankDiff(Date.parse('2024-01-01T00:00:00Z'), Date.parse('2024-01-01T00:00:01Z'), NOW)).toBe(0);
    expect(first(a, b)).toBe('b');
  });

  it('deletes the pod with more restarts first', () => {
    const calm = pod({ ...running, name: 'calm', restarts: 0 });
    const crashy = pod({ ...running, name: 'crashy', restarts: 4 });
    expect(first(calm, crashy)).toBe('crashy');
  });

  it('deletes newer pods first, on creation time', () => {
    const old = pod({ name: 'old', created: '2023-06-01T00:00:00Z' });
    const young = pod({ name: 'young', created: '2024-01-01T23:59:00Z' });
    expect(first(old, young)).toBe('young');
  });

  it('is a consistent comparator', () => {
    const a = pod({ ...running, name: 'a' });
    expect(compareForDeletion(ranked(a), ranked(a), NOW)).toBe(0);
    const b = pod({ name: 'b' });
    expect(Math.sign(compareForDeletion(ranked(a), ranked(b), NOW))).toBe(
      -Math.sign(compareForDeletion(ranked(b), ranked(a), NOW)),
    );
  });

  it('takes all pods unsorted when all go', () => {
    const a = pod({ ...running, name: 'a' });
    const b = pod({ name: 'b' });
    expect(names(podsToDelete([a, b], [], 2, NOW))).toEqual(['a', 'b']);
  });
});
