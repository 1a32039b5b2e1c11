import { assume, createSnapshot, type SchedulingSnapshot } from './snapshot';
import { scheduleOne, type ScheduleResult } from './schedule';
import { CONTROL_PLANE_TAINT, makeNode, makePod, makeReplica, standardCluster, withClaims } from './test-fixtures';
import type { Node, Pod } from './types';

/** The batch loop the scheduler runs: decide, assume, next pod. Returns the pod count per node. */
function scheduleAll(snapshot: SchedulingSnapshot, pods: Pod[]): Map<string, number> {
  const placed = new Map<string, number>();
  for (const pod of pods) {
    const result = scheduleOne(pod, snapshot);
    if (!result.scheduled) throw new Error(result.message);
    assume(snapshot, pod, result.node);
    placed.set(result.node, (placed.get(result.node) ?? 0) + 1);
  }
  return placed;
}

const replicas = (n: number, spec: Pod['spec'] = {}) =>
  Array.from({ length: n }, (_, i) => makeReplica(`web-abc-${i}`, 'web-abc', { cpu: '100m', memory: '128Mi' }, spec));

const counts = (placed: Map<string, number>, nodes: string[]) => nodes.map((n) => placed.get(n) ?? 0);

describe('scheduleOne with assume', () => {
  it('spreads 6 replicas of a Deployment 2/2/2 over 3 equal nodes', () => {
    const snapshot = createSnapshot({ nodes: [makeNode('a'), makeNode('b'), makeNode('c')] });
    expect(counts(scheduleAll(snapshot, replicas(6)), ['a', 'b', 'c'])).toEqual([2, 2, 2]);
  });

  it('spreads replicas even where LeastAllocated alone would stack them on the biggest node', () => {
    const nodes = () => [makeNode('big', { cpu: '64', memory: '128Gi' }), makeNode('b'), makeNode('c')];
    expect(counts(scheduleAll(createSnapshot({ nodes: nodes() }), replicas(6)), ['big', 'b', 'c'])).toEqual([2, 2, 2]);
    const bare = Array.from({ length: 6 }, (_, i) => makePod(`bare-${i}`, { cpu: '100m', memory: '128Mi' }));
    expect(counts(scheduleAll(createSnapshot({ nodes: nodes() }), bare), ['big', 'b', 'c'])).toEqual([6, 0, 0]);
  });

  it('explains the spreading score of each node', () => {
    const snapshot = createSnapshot({ nodes: [makeNode('a'), makeNode('b')] });
    scheduleAll(snapshot, replicas(1));
    const result = scheduleOne(makeReplica('web-abc-9'), snapshot);
    if (!result.scheduled) throw new Error(result.message);
    // a holds one replica: log(4) + 2 = 3.39 -> 3 against 2 -> 100 * (3 + 2 - 3) / 3 = 66.
    expect(result.scores.map((s) => [s.node, s.plugins.PodTopologySpread])).toEqual([
      ['a', 66],
      ['b', 100],
    ]);
    expect(result.node).toBe('b');
  });

  it('keeps replicas off the tainted control plane unless they tolerate it', () => {
    const nodes = ['control-plane', 'node-1', 'node-2'];
    expect(counts(scheduleAll(createSnapshot({ nodes: standardCluster() }), replicas(6)), nodes)).toEqual([0, 3, 3]);
    const tolerant = replicas(6, { tolerations: [{ key: CONTROL_PLANE_TAINT.key, operator: 'Exists' }] });
    expect(counts(scheduleAll(createSnapshot({ nodes: standardCluster() }), tolerant), nodes)).toEqual([2, 2, 2]);
  });

  it('words a request larger than any node as v1.32 does', () => {
    expect(scheduleOne(makePod('big', { cpu: '4' }), createSnapshot({ nodes: standardCluster() }))).toMatchObject({
      scheduled: false,
      message:
        '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, ' +
        '2 Insufficient cpu. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, ' +
        '2 No preemption victims found for incoming pod.',
    });
  });

  it('sees the pods assumed earlier in the run when filtering', () => {
    const snapshot = createSnapshot({ nodes: [makeNode('a', { cpu: '1' })] });
    assume(snapshot, makePod('first', { cpu: '800m' }), 'a');
    expect(scheduleOne(makePod('second', { cpu: '500m' }), snapshot)).toMatchObject({
      message:
        '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: ' +
        '1 No preemption victims found for incoming pod.',
    });
  });

  it('says preemption is not eligible after a PreFilter rejection of a preemptionPolicy Never pod', () => {
    const pod = withClaims(makePod('p', undefined, { preemptionPolicy: 'Never' }), 'data');
    expect(scheduleOne(pod, createSnapshot({ nodes: standardCluster() }))).toMatchObject({
      message:
        '0/3 nodes are available: persistentvolumeclaim "data" not found. ' +
        'preemption: not eligible due to preemptionPolicy=Never.',
    });
  });
});

describe('hard topology spread constraints in a cycle', () => {
  const zoned = (name: string, zone: string): Node => makeNode(name, { labels: { zone } });
  const constrained = (name: string) => ({
    ...makeReplica(name),
    spec: {
      ...makeReplica(name).spec,
      topologySpreadConstraints: [
        {
          maxSkew: 1,
          topologyKey: 'zone',
          whenUnsatisfiable: 'DoNotSchedule',
          labelSelector: { matchLabels: { app: 'web' } },
        },
      ],
    },
  });

  it('forces the less loaded zone and reports the skew when no zone qualifies', () => {
    const snapshot = createSnapshot({ nodes: [zoned('a', 'z1'), zoned('b', 'z2')] });
    assume(snapshot, constrained('w1'), 'a');
    assume(snapshot, makePod('filler', { cpu: '1500m' }), 'b');
    expect(scheduleOne(constrained('w2'), snapshot)).toMatchObject({ node: 'b' });
    assume(snapshot, makePod('filler-2', { cpu: '500m' }), 'b');
    expect(scheduleOne(constrained('w2'), snapshot)).toMatchObject({
      message:
        "0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match pod topology spread constraints. " +
        'preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.',
    });
  });
});

describe('PreFilterResult of NodeAffinity (DaemonSet pods)', () => {
  const pinned = (...nodes: string[][]): Pod =>
    makePod(
      'ds',
      { cpu: '500m' },
      {
        tolerations: [{ operator: 'Exists' }],
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                { matchFields: nodes.map((values) => ({ key: 'metadata.name', operator: 'In', values })) },
              ],
            },
          },
        },
      },
    );

  it('filters only the named node', () => {
    const result = scheduleOne(pinned(['node-2']), createSnapshot({ nodes: standardCluster() }));
    expect(result).toMatchObject({ scheduled: true, node: 'node-2', evaluatedNodes: 1, feasibleNodes: 1 });
    expect(Object.keys(result.filters)).toEqual(['node-2']);
  });

  it('counts the other nodes as not satisfying the plugin in FailedScheduling', () => {
    const snapshot = createSnapshot({ nodes: standardCluster() });
    assume(snapshot, makePod('hog', { cpu: '2' }), 'node-1');
    expect(scheduleOne(pinned(['node-1']), snapshot)).toMatchObject({
      message:
        "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. " +
        'preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, ' +
        '2 Preemption is not helpful for scheduling.',
    });
  });

  it('rejects contradicting name requirements at PreFilter', () => {
    expect(scheduleOne(pinned(['node-1'], ['node-2']), createSnapshot({ nodes: standardCluster() }))).toMatchObject({
      message:
        '0/3 nodes are available: pod affinity terms conflict. ' +
        'preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
    });
  });
});

describe('large clusters', () => {
  const cluster = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      makeNode(`node-${i}`, { cpu: '4', memory: '8Gi', labels: { 'topology.kubernetes.io/zone': `zone-${i % 3}` } }),
    );

  it('stops at the adaptive share of feasible nodes and starts the next cycle where this one stopped', () => {
    const snapshot = createSnapshot({ nodes: cluster(1000) });
    const starts: number[] = [];
    const results: ScheduleResult[] = [];
    for (let i = 0; i < 3; i++) {
      results.push(scheduleOne(makePod(`p-${i}`), snapshot));
      starts.push(snapshot.nextStartNodeIndex);
    }
    expect(starts).toEqual([420, 840, 260]);
    expect(results[0]).toMatchObject({ evaluatedNodes: 420, feasibleNodes: 420 });
    expect(Object.keys(results[2].filters)[0]).toBe('node-840');
    expect(scheduleOne(makePod('all'), snapshot, { percentageOfNodesToScore: 100 })).toMatchObject({
      evaluatedNodes: 1000,
    });
  });

  it('schedules 200 replicas onto 1,000 nodes one after another, never two on a node', () => {
    const snapshot = createSnapshot({ nodes: cluster(1000) });
    const placed = scheduleAll(snapshot, replicas(200));
    expect([...placed.values()].every((n) => n === 1)).toBe(true);
    expect(placed.size).toBe(200);
    const requested = snapshot.nodes.reduce((sum, info) => sum + info.requested.milliCpu, 0);
    expect(requested).toBe(200 * 100);
    // Zones stay balanced too: 200 replicas over 3 zones.
    const byZone = [0, 1, 2].map((z) =>
      snapshot.nodes.filter((info, i) => i % 3 === z).reduce((sum, info) => sum + info.pods.length, 0),
    );
    expect(Math.max(...byZone) - Math.min(...byZone)).toBeLessThanOrEqual(1);
  });
});
