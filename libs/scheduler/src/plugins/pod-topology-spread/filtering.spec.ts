import { buildNodeInfo } from '../../node-info';
import { CONTROL_PLANE_TAINT, makeNode, makeReplica } from '../../test-fixtures';
import type { Node, Pod, TopologySpreadConstraint } from '../../types';
import { indexWorkloads } from './default-selector';
import { spreadFilter, spreadPreFilter } from './filtering';

const zoned = (name: string, zone?: string, extra: Parameters<typeof makeNode>[1] = {}): Node =>
  makeNode(name, { ...extra, labels: { ...(zone === undefined ? {} : { zone }), ...extra.labels } });

const spreadPod = (name: string, constraint: Partial<TopologySpreadConstraint> = {}, spec: Pod['spec'] = {}): Pod => {
  const pod = makeReplica(name, 'web-abc', { cpu: '100m' }, spec);
  return {
    ...pod,
    spec: {
      ...pod.spec,
      topologySpreadConstraints: [
        {
          maxSkew: 1,
          topologyKey: 'zone',
          whenUnsatisfiable: 'DoNotSchedule',
          labelSelector: { matchLabels: { app: 'web' } },
          ...constraint,
        },
      ],
    },
  };
};

function verdicts(pod: Pod, cluster: [Node, Pod[]][]): Record<string, string> {
  const infos = cluster.map(([node, pods]) => buildNodeInfo(node, pods));
  const state = spreadPreFilter(pod, infos, indexWorkloads({}));
  return Object.fromEntries(
    infos.map((info) => {
      const result = spreadFilter(state, pod, info);
      return [info.name, result.pass ? 'pass' : result.reasons[0]];
    }),
  );
}

const SKEW = "node(s) didn't match pod topology spread constraints";

describe('PodTopologySpread filter', () => {
  it('keeps the skew from the global minimum within maxSkew', () => {
    expect(
      verdicts(spreadPod('new'), [
        [zoned('a', 'z1'), [spreadPod('w1')]],
        [zoned('b', 'z1'), []],
        [zoned('c', 'z2'), []],
      ]),
    ).toEqual({ a: SKEW, b: SKEW, c: 'pass' });
  });

  it('rejects nodes without the topology key as unresolvable', () => {
    const infos = [buildNodeInfo(zoned('a'), [])];
    const pod = spreadPod('new');
    expect(spreadFilter(spreadPreFilter(pod, infos, indexWorkloads({})), pod, infos[0])).toEqual({
      pass: false,
      plugin: 'PodTopologySpread',
      reasons: [`${SKEW} (missing required label)`],
      unresolvable: true,
    });
  });

  it('takes the global minimum as 0 while there are fewer domains than minDomains', () => {
    const cluster: [Node, Pod[]][] = [
      [zoned('a', 'z1'), [spreadPod('w1')]],
      [zoned('b', 'z2'), [spreadPod('w2')]],
    ];
    expect(verdicts(spreadPod('new'), cluster)).toEqual({ a: 'pass', b: 'pass' });
    expect(verdicts(spreadPod('new', { minDomains: 3 }), cluster)).toEqual({ a: SKEW, b: SKEW });
  });

  it('leaves out nodes the inclusion policies exclude when counting domains', () => {
    const cluster: [Node, Pod[]][] = [
      [zoned('a', 'z1'), [spreadPod('w1')]],
      [zoned('tainted', 'z2', { taints: [CONTROL_PLANE_TAINT] }), []],
    ];
    expect(verdicts(spreadPod('new'), cluster).a).toBe(SKEW);
    expect(verdicts(spreadPod('new', { nodeTaintsPolicy: 'Honor' }), cluster).a).toBe('pass');
    const selective = spreadPod('new', {}, { nodeSelector: { zone: 'z1' } });
    expect(verdicts(selective, cluster).a).toBe('pass');
    expect(
      verdicts(spreadPod('new', { nodeAffinityPolicy: 'Ignore' }, { nodeSelector: { zone: 'z1' } }), cluster).a,
    ).toBe(SKEW);
  });

  it('does not count itself when its selector does not match it, nor pods of other namespaces', () => {
    const other = { ...spreadPod('w1'), metadata: { ...spreadPod('w1').metadata, namespace: 'prod' } };
    const cluster: [Node, Pod[]][] = [
      [zoned('a', 'z1'), [other, spreadPod('w2')]],
      [zoned('b', 'z2'), []],
    ];
    expect(verdicts(spreadPod('new', { labelSelector: { matchLabels: { app: 'db' } } }), cluster)).toEqual({
      a: 'pass',
      b: 'pass',
    });
    expect(verdicts(spreadPod('new'), cluster)).toEqual({ a: SKEW, b: 'pass' });
  });

  it("lets preemption's dry run subtract victims from the node's domain", () => {
    const infos = [buildNodeInfo(zoned('a', 'z1'), [spreadPod('w1')]), buildNodeInfo(zoned('b', 'z2'), [])];
    const pod = spreadPod('new');
    const state = spreadPreFilter(pod, infos, indexWorkloads({}));
    expect(spreadFilter(state, pod, infos[0]).pass).toBe(false);
    expect(spreadFilter(state, pod, buildNodeInfo(zoned('a', 'z1'), [])).pass).toBe(true);
  });

  it('is skipped for pods without hard constraints', () => {
    expect(spreadPreFilter(makeReplica('web-1'), [], indexWorkloads({}))).toBeUndefined();
  });
});
