import { replicaSet } from '../replicaset/test-pods';
import { deployment } from './test-deployments';
import {
  byRevision,
  findActiveOrLatest,
  isSaturated,
  maxSurge,
  maxUnavailable,
  newRSNewReplicas,
  proportion,
  resolveFenceposts,
  scaledValue,
} from './rollout-math';

describe('surge and unavailability budgets', () => {
  it('scales percentages: surge rounds up, unavailable rounds down', () => {
    expect(scaledValue('25%', 10, true)).toBe(3);
    expect(scaledValue('25%', 10, false)).toBe(2);
    expect(scaledValue(4, 10, false)).toBe(4);
    expect(scaledValue('4', 10, false)).toBeUndefined();
    expect(scaledValue(undefined, 10, true)).toBe(0);
  });

  it('never lets both be zero', () => {
    expect(resolveFenceposts(0, 0, 3)).toEqual({ surge: 0, unavailable: 1 });
    expect(resolveFenceposts('25%', '25%', 1)).toEqual({ surge: 1, unavailable: 0 });
    expect(resolveFenceposts('10%', '10%', 3)).toEqual({ surge: 1, unavailable: 0 });
  });

  it('reads them from the deployment; Recreate has none; maxUnavailable is capped at replicas', () => {
    expect(maxSurge(deployment({ replicas: 4 }))).toBe(1);
    expect(maxUnavailable(deployment({ replicas: 4 }))).toBe(1);
    expect(maxSurge(deployment({ replicas: 4, strategy: { type: 'Recreate' } }))).toBe(0);
    expect(maxUnavailable(deployment({ replicas: 2, rollingUpdate: { maxSurge: 0, maxUnavailable: 5 } }))).toBe(2);
    expect(maxUnavailable(deployment({ replicas: 0 }))).toBe(0);
  });
});

describe('NewRSNewReplicas', () => {
  it('grows the new ReplicaSet up to replicas + maxSurge pods in all', () => {
    const d = deployment({ replicas: 3, rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } });
    const old = replicaSet({ name: 'old', replicas: 3 });
    const fresh = replicaSet({ name: 'new', replicas: 0 });
    expect(newRSNewReplicas(d, [old, fresh], fresh)).toBe(1);
    expect(newRSNewReplicas(d, [replicaSet({ name: 'old', replicas: 4 }), fresh], fresh)).toBe(0);
    expect(newRSNewReplicas(d, [replicaSet({ name: 'old', replicas: 0 }), fresh], fresh)).toBe(3);
  });

  it('asks for everything at once with Recreate', () => {
    const d = deployment({ replicas: 3, strategy: { type: 'Recreate' } });
    expect(newRSNewReplicas(d, [], replicaSet({ name: 'new', replicas: 0 }))).toBe(3);
  });
});

describe('helpers', () => {
  it('finds the only active ReplicaSet, or the newest when none is', () => {
    const a = replicaSet({ name: 'a', replicas: 0, created: '2024-01-01T00:00:00Z' });
    const b = replicaSet({ name: 'b', replicas: 0, created: '2024-01-02T00:00:00Z' });
    expect(findActiveOrLatest(undefined, [a, b])?.metadata.name).toBe('b');
    expect(findActiveOrLatest(undefined, [a, { ...b, spec: { ...b.spec!, replicas: 2 } }])?.metadata.name).toBe('b');
    const c = replicaSet({ name: 'c', replicas: 1 });
    expect(findActiveOrLatest(c, [{ ...b, spec: { ...b.spec!, replicas: 2 } }])).toBeUndefined();
  });

  it('knows a saturated new ReplicaSet', () => {
    const d = deployment({ replicas: 2 });
    const rs = replicaSet({
      name: 'new',
      replicas: 2,
      annotations: { 'deployment.kubernetes.io/desired-replicas': '2' },
      status: { replicas: 2, availableReplicas: 2 },
    });
    expect(isSaturated(d, rs)).toBe(true);
    expect(isSaturated(deployment({ replicas: 3 }), rs)).toBe(false);
  });

  it('shares a scaling event by the max-replicas annotation', () => {
    // Scaled to 13 (+4 surge = 17): a ReplicaSet of 5 sized for 13 pods becomes 5 * 17/13 = 6.5 -> 7, so +2.
    const d = deployment({ replicas: 13 });
    const rs = replicaSet({ name: 'a', replicas: 5, annotations: { 'deployment.kubernetes.io/max-replicas': '13' } });
    expect(proportion(rs, d, 4, 0)).toBe(2);
    expect(proportion(rs, d, 4, 3)).toBe(1);
    expect(proportion(rs, d, 4, 4)).toBe(0);
    expect(proportion(rs, deployment({ replicas: 0 }), -5, 0)).toBe(-5);
  });

  it('orders ReplicaSets by revision, then by age', () => {
    const r = (name: string, revision: string, created: string) =>
      replicaSet({ name, created, annotations: { 'deployment.kubernetes.io/revision': revision } });
    const sets = [
      r('c', '3', '2024-01-01T00:00:00Z'),
      r('a', '1', '2024-01-03T00:00:00Z'),
      r('b', '1', '2024-01-02T00:00:00Z'),
    ];
    expect(sets.sort(byRevision).map((rs) => rs.metadata.name)).toEqual(['b', 'a', 'c']);
  });
});
