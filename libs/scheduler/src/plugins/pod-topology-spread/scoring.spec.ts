import { buildNodeInfo } from '../../node-info';
import { makeNode, makePod, makeReplica } from '../../test-fixtures';
import type { Pod } from '../../types';
import { indexWorkloads } from './default-selector';
import { clusterDomainCounts, recordAssumedPod, type DomainCountCache } from './domain-counts';
import { spreadNormalize, spreadPreScore, spreadScore } from './scoring';

const NONE = indexWorkloads({});
const replicas = (n: number, owner = 'web-abc') =>
  Array.from({ length: n }, (_, i) => makeReplica(`${owner}-${i}`, owner));

function scores(pod: Pod, cluster: [ReturnType<typeof makeNode>, Pod[]][], cache?: DomainCountCache) {
  const infos = cluster.map(([node, pods]) => buildNodeInfo(node, pods));
  const state = spreadPreScore(pod, infos, infos, NONE, cache);
  if (state === undefined) return undefined;
  const raw = infos.map((info) => spreadScore(state, pod, info));
  return {
    raw,
    normalized: spreadNormalize(
      state,
      infos.map((i) => i.name),
      raw,
    ),
  };
}

describe('PodTopologySpread score (system defaults)', () => {
  it('scores hostnames by matching pods: count * log(nodes + 2) + maxSkew - 1, fewer is better', () => {
    // log(5) = 1.609: 2 pods -> 5.22 -> 5, 1 pod -> 3.61 -> 4, none -> 2; zone is absent on these nodes.
    const result = scores(makeReplica('new'), [
      [makeNode('a'), replicas(2)],
      [makeNode('b'), replicas(1)],
      [makeNode('c'), []],
    ]);
    expect(result).toEqual({ raw: [5, 4, 2], normalized: [40, 60, 100] });
  });

  it('adds zone counts over every node of the zone', () => {
    // hostname: 1 pod -> 3.61; zone weight log(4) = 1.386: z1 holds 2 -> 2.77 + 4; z2 none -> 4.
    const result = scores(makeReplica('new'), [
      [makeNode('a', { labels: { 'topology.kubernetes.io/zone': 'z1' } }), replicas(1)],
      [makeNode('b', { labels: { 'topology.kubernetes.io/zone': 'z1' } }), replicas(1, 'web-abc')],
      [makeNode('c', { labels: { 'topology.kubernetes.io/zone': 'z2' } }), []],
    ]);
    expect(result).toEqual({ raw: [10, 10, 6], normalized: [60, 60, 100] });
  });

  it("counts only the pod's siblings", () => {
    const result = scores(makeReplica('new'), [
      [makeNode('a'), replicas(3, 'api-xyz')],
      [makeNode('b'), []],
    ]);
    expect(result?.normalized).toEqual([100, 100]);
  });

  it('is skipped for a pod nothing spreads', () => {
    expect(scores(makePod('bare'), [[makeNode('a'), []]])).toBeUndefined();
  });

  it('ignores nodes lacking a key of explicit constraints', () => {
    const pod: Pod = {
      ...makeReplica('new'),
      spec: {
        ...makeReplica('new').spec,
        topologySpreadConstraints: [
          {
            maxSkew: 1,
            topologyKey: 'zone',
            whenUnsatisfiable: 'ScheduleAnyway',
            labelSelector: { matchLabels: { app: 'web' } },
          },
        ],
      },
    };
    const result = scores(pod, [
      [makeNode('a', { labels: { zone: 'z1' } }), replicas(1)],
      [makeNode('b', { labels: { zone: 'z2' } }), []],
      [makeNode('c'), []],
    ]);
    // zone weight log(2 + 2) = 1.386: z1 -> 1.39 -> 1, z2 -> 0; c is ignored and scores 0.
    expect(result).toEqual({ raw: [1, 0, 0], normalized: [0, 100, 0] });
  });
});

describe('cluster domain counts', () => {
  it('are taken once and kept true as pods are assumed', () => {
    const zone = (name: string, z: string) =>
      buildNodeInfo(makeNode(name, { labels: { 'topology.kubernetes.io/zone': z } }), []);
    const infos = [zone('a', 'z1'), zone('b', 'z2')];
    const cache: DomainCountCache = new Map();
    const selector = { requirements: [{ key: 'app', operator: 'In' as const, values: ['web'] }] };
    const counts = clusterDomainCounts(cache, infos, 'default', 'topology.kubernetes.io/zone', selector, null);
    expect([...counts]).toEqual([]);
    recordAssumedPod(cache, makeReplica('w1'), infos[0]);
    recordAssumedPod(cache, makeReplica('w2', 'api-xyz'), infos[0]);
    recordAssumedPod(
      cache,
      { ...makeReplica('w3'), metadata: { ...makeReplica('w3').metadata, namespace: 'prod' } },
      infos[1],
    );
    expect(clusterDomainCounts(cache, infos, 'default', 'topology.kubernetes.io/zone', selector, null)).toEqual(
      new Map([['z1', 1]]),
    );
  });
});
