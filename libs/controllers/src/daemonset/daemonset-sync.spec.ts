import { isPodAvailable, manage, podsByNode, rollingUpdate, scaled, statusCounts, type Clock } from './daemonset-sync';
import { daemonPodOn, daemonSet, node } from './daemonset.test-fixtures';

const CONTROL_PLANE = { key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' };
const NODES = [node('control-plane', { taints: [CONTROL_PLANE] }), node('node-1'), node('node-2'), node('node-3')];
const clock: Clock = { now: Date.parse('2026-01-01T00:10:00Z'), minReadyMs: 0 };
const names = (pods: Array<{ metadata?: { name?: string } }>) => pods.map((p) => p.metadata?.name).sort();

describe('manage', () => {
  it('creates pods on eligible nodes without one', () => {
    const byNode = podsByNode([daemonPodOn('a', 'node-1')]);
    expect(manage(daemonSet(), NODES, byNode, 'new', clock)).toEqual({
      createOn: ['node-2', 'node-3'],
      delete: [],
      failed: [],
    });
  });

  it('waits for a terminating pod before replacing it', () => {
    const byNode = podsByNode([daemonPodOn('a', 'node-1', { deleting: true })]);
    expect(manage(daemonSet(), [node('node-1')], byNode, 'new', clock).createOn).toEqual([]);
  });

  it('deletes failed, succeeded and surplus pods (the oldest stays)', () => {
    const byNode = podsByNode([
      daemonPodOn('failed', 'node-1', { phase: 'Failed' }),
      daemonPodOn('young', 'node-2', { created: '2026-01-01T00:05:00Z' }),
      daemonPodOn('old', 'node-2', { created: '2026-01-01T00:01:00Z' }),
      daemonPodOn('done', 'node-3', { phase: 'Succeeded' }),
    ]);
    const result = manage(daemonSet(), NODES.slice(1), byNode, 'new', clock);
    expect(names(result.delete)).toEqual(['done', 'failed', 'young']);
    expect(result.failed.map((f) => [f.pod.metadata?.name, f.node])).toEqual([['failed', 'node-1']]);
  });

  it('deletes pods on nodes that no longer qualify and unscheduled pods for vanished nodes', () => {
    const ds = daemonSet({}, { nodeSelector: { 'kubernetes.io/hostname': 'node-1' } });
    const byNode = podsByNode([
      daemonPodOn('a', 'node-1'),
      daemonPodOn('b', 'node-2'),
      daemonPodOn('ghost', 'node-9', { bound: false }),
      daemonPodOn('bound-ghost', 'node-8'),
    ]);
    expect(names(manage(ds, NODES, byNode, 'new', clock).delete)).toEqual(['b', 'ghost']);
  });
});

describe('rollingUpdate', () => {
  const three = [node('node-1'), node('node-2'), node('node-3')];

  it('deletes at most maxUnavailable available old pods', () => {
    const byNode = podsByNode(three.map((n, i) => daemonPodOn(`p${i}`, n.metadata?.name ?? '', { hash: 'old' })));
    expect(names(rollingUpdate(daemonSet(), three, byNode, 'new', clock).delete)).toEqual(['p0']);
    const two = daemonSet({
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: '50%', maxSurge: 0 } },
    });
    expect(rollingUpdate(two, three, byNode, 'new', clock).delete).toHaveLength(2);
  });

  it('counts unavailable new pods and missing pods against maxUnavailable, and always replaces unavailable old pods', () => {
    const byNode = podsByNode([
      daemonPodOn('new-unready', 'node-1', { ready: false }),
      daemonPodOn('old-ready', 'node-2', { hash: 'old' }),
      daemonPodOn('old-unready', 'node-3', { hash: 'old', ready: false }),
    ]);
    expect(names(rollingUpdate(daemonSet(), three, byNode, 'new', clock).delete)).toEqual(['old-unready']);
  });

  it('surges: new pods beside available old ones, old ones deleted once the new one is available', () => {
    const ds = daemonSet({
      updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
    });
    const start = podsByNode(three.map((n, i) => daemonPodOn(`old${i}`, n.metadata?.name ?? '', { hash: 'old' })));
    expect(rollingUpdate(ds, three, start, 'new', clock)).toEqual({ createOn: ['node-1'], delete: [], failed: [] });
    const waiting = podsByNode([...start.values()].flat().concat(daemonPodOn('new0', 'node-1', { ready: false })));
    expect(rollingUpdate(ds, three, waiting, 'new', clock)).toEqual({ createOn: [], delete: [], failed: [] });
    const surging = podsByNode([
      daemonPodOn('old0', 'node-1', { hash: 'old' }),
      daemonPodOn('new0', 'node-1'),
      daemonPodOn('old1', 'node-2', { hash: 'old' }),
    ]);
    // node-1's new pod is available: its old one goes; node-2 may surge now.
    expect(rollingUpdate(ds, three.slice(0, 2), surging, 'new', clock)).toEqual({
      createOn: ['node-2'],
      delete: [expect.objectContaining({ metadata: expect.objectContaining({ name: 'old0' }) as unknown })],
      failed: [],
    });
  });
});

describe('statusCounts and availability', () => {
  it('counts desired, current, ready, available, updated and misscheduled nodes', () => {
    const ds = daemonSet({ minReadySeconds: 60 });
    const slow: Clock = { now: clock.now, minReadyMs: 60_000 };
    const byNode = podsByNode([
      daemonPodOn('a', 'node-1', { readySince: '2026-01-01T00:00:00Z' }),
      daemonPodOn('b', 'node-2', { readySince: '2026-01-01T00:09:30Z', hash: 'old' }),
      daemonPodOn('c', 'control-plane'),
    ]);
    expect(statusCounts(ds, NODES, byNode, 'new', slow)).toEqual({
      desiredNumberScheduled: 3,
      currentNumberScheduled: 2,
      numberReady: 2,
      numberAvailable: 1,
      numberUnavailable: 2,
      updatedNumberScheduled: 1,
      numberMisscheduled: 1,
    });
    expect(isPodAvailable(daemonPodOn('x', 'n', { ready: false }), clock)).toBe(false);
  });

  it('scales int-or-percent values up', () => {
    expect(scaled('25%', 3)).toBe(1);
    expect(scaled('50%', 3)).toBe(2);
    expect(scaled(2, 3)).toBe(2);
    expect(scaled(undefined, 3)).toBe(0);
  });
});
