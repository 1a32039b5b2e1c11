import { schedule } from './schedule';
import { CONTROL_PLANE_TAINT, makeNode, makePod } from './test-fixtures';
import type { Pod } from './types';

const cluster = () => [
  makeNode('control-plane', { taints: [CONTROL_PLANE_TAINT] }),
  makeNode('worker-1'),
  makeNode('worker-2'),
];

describe('schedule', () => {
  const TAINT_AND_CPU =
    '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient cpu.';

  it('words the FailedScheduling message as v1.32 does, with the preemption suffix', () => {
    // v1.32 still tries preemption on nodes that are merely too small, finding no lower-priority victims.
    expect(schedule(makePod('big', { cpu: '4' }), cluster(), {})).toMatchObject({
      scheduled: false,
      message:
        `${TAINT_AND_CPU} preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, ` +
        '2 No preemption victims found for incoming pod.',
    });
  });

  it('words it as v1.34 does when requests beyond allocatable are unresolvable', () => {
    const result = schedule(makePod('big', { cpu: '4' }), cluster(), {}, { exceedsAllocatableIsUnresolvable: true });
    expect(result).toMatchObject({
      message: `${TAINT_AND_CPU} preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.`,
    });
  });

  it('says no victims were found when resolvable nodes hold no lower-priority pods', () => {
    const nodes = [makeNode('a', { cpu: '1' }), makeNode('b', { cpu: '1' }), makeNode('c', { cpu: '1' })];
    const busy = { a: [makePod('x', { cpu: '1' })], b: [makePod('y', { cpu: '1' })], c: [makePod('z', { cpu: '1' })] };
    expect(schedule(makePod('p', { cpu: '500m' }), nodes, busy)).toMatchObject({
      message:
        '0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are available: ' +
        '3 No preemption victims found for incoming pod.',
    });
  });

  it('ends after the filter reasons when preemption could make room', () => {
    const nodes = [makeNode('a', { cpu: '1' }), makeNode('b', { cpu: '1' }), makeNode('c', { cpu: '1' })];
    const low = (name: string): Pod => ({
      ...makePod(name, { cpu: '1' }),
      spec: { ...makePod(name, { cpu: '1' }).spec, priority: -1 },
    });
    const result = schedule(makePod('p', { cpu: '500m' }), nodes, { a: [low('x')], b: [low('y')], c: [low('z')] });
    expect(result).toMatchObject({
      message: '0/3 nodes are available: 3 Insufficient cpu.',
      preemptionCandidates: ['a', 'b', 'c'],
    });
  });

  it('reports ineligibility for preemptionPolicy Never', () => {
    const pod = makePod('p', { cpu: '4' }, { preemptionPolicy: 'Never' });
    expect(schedule(pod, [makeNode('a')], {})).toMatchObject({
      message: '0/1 nodes are available: 1 Insufficient cpu. preemption: not eligible due to preemptionPolicy=Never.',
    });
  });

  it('keeps the first failing filter per node', () => {
    const nodes = [
      makeNode('a', { unschedulable: true, taints: [CONTROL_PLANE_TAINT] }),
      makeNode('b', { labels: { zone: 'x' } }),
    ];
    const result = schedule(makePod('p', { cpu: '4' }, { nodeSelector: { zone: 'y' } }), nodes, {});
    expect(result).toMatchObject({
      message:
        "0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) were unschedulable. " +
        'preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    });
  });

  it('explains a placement with per-node filters and scores', () => {
    const result = schedule(makePod('p', { cpu: '500m', memory: '512Mi' }), cluster(), {
      'worker-1': [makePod('x', { cpu: '1' })],
    });
    if (!result.scheduled) throw new Error(result.message);
    expect(result.node).toBe('worker-2');
    expect(result.filters['control-plane']).toMatchObject({ pass: false, plugin: 'TaintToleration' });
    expect(result.filters['worker-1']).toEqual({ pass: true });
    expect(result.scores.map((s) => s.node)).toEqual(['worker-1', 'worker-2']);
    const worker2 = result.scores[1];
    // cpu (2000-500)/2000 -> 75, memory (4096-512)/4096 -> 87: LeastAllocated 81; fractions 0.25/0.125 -> 93.
    expect(worker2.plugins).toEqual({
      TaintToleration: 100,
      NodeAffinity: 0,
      NodeResourcesFit: 81,
      NodeResourcesBalancedAllocation: 93,
    });
    expect(worker2.total).toBe(300 + 81 + 93);
  });

  it('spreads 6 equal pods 2/2/2 over 3 equal nodes', () => {
    const nodes = [makeNode('a'), makeNode('b'), makeNode('c')];
    const placed = new Map<string, Pod[]>();
    for (let i = 0; i < 6; i++) {
      const pod = makePod(`web-${i}`, { cpu: '100m', memory: '128Mi' });
      const result = schedule(pod, nodes, placed);
      if (!result.scheduled) throw new Error(result.message);
      placed.set(result.node, [...(placed.get(result.node) ?? []), pod]);
    }
    expect([...placed.values()].map((pods) => pods.length)).toEqual([2, 2, 2]);
  });

  it('honours nodeName, taint tolerations and preferred affinity', () => {
    const nodes = cluster();
    expect(schedule(makePod('p', undefined, { nodeName: 'worker-2' }), nodes, {})).toMatchObject({ node: 'worker-2' });
    const tolerant = makePod('p', undefined, {
      tolerations: [{ operator: 'Exists' }],
      affinity: {
        nodeAffinity: {
          preferredDuringSchedulingIgnoredDuringExecution: [
            {
              weight: 10,
              preference: { matchFields: [{ key: 'metadata.name', operator: 'In', values: ['control-plane'] }] },
            },
          ],
        },
      },
    });
    expect(schedule(tolerant, nodes, {})).toMatchObject({ node: 'control-plane' });
  });

  it('breaks ties with the injected random source', () => {
    const nodes = [makeNode('a'), makeNode('b')];
    expect(schedule(makePod('p'), nodes, {}, { random: () => 0 })).toMatchObject({ node: 'b' });
    expect(schedule(makePod('p'), nodes, {}, { random: () => 0.9 })).toMatchObject({ node: 'a' });
  });

  it('reports a cluster without nodes', () => {
    expect(schedule(makePod('p'), [], {})).toMatchObject({
      scheduled: false,
      message: 'no nodes available to schedule pods',
    });
  });
});
