import { buildNodeInfo } from './node-info';
import { nodeResourcesFitFilter } from './plugins/node-resources-fit';
import { evaluatePreemption } from './preemption';
import { podRequests } from './resources';
import { makeNode, makePod } from './test-fixtures';
import type { FilterResult, Pod } from './types';

const withPriority = (pod: Pod, priority: number): Pod => ({ ...pod, spec: { ...pod.spec, priority } });

describe('evaluatePreemption', () => {
  const pod = withPriority(makePod('p', { cpu: '1' }), 10);
  const run = (info: ReturnType<typeof buildNodeInfo>): FilterResult =>
    nodeResourcesFitFilter(podRequests(pod.spec), info);

  it('finds nodes where evicting lower-priority pods makes room', () => {
    const infos = [
      buildNodeInfo(makeNode('low', { cpu: '1' }), [withPriority(makePod('x', { cpu: '1' }), 5)]),
      buildNodeInfo(makeNode('equal', { cpu: '1' }), [withPriority(makePod('y', { cpu: '1' }), 10)]),
    ];
    const results = new Map(infos.map((info) => [info.name, run(info)] as const));
    expect(evaluatePreemption(pod, infos, results, run)).toEqual({ message: '', candidates: ['low'] });
  });

  it('reports filter reasons that remain after removing every lower-priority pod', () => {
    const infos = [
      buildNodeInfo(makeNode('mixed', { cpu: '1' }), [
        withPriority(makePod('x', { cpu: '500m' }), 5),
        withPriority(makePod('y', { cpu: '500m' }), 20),
      ]),
    ];
    const results = new Map(infos.map((info) => [info.name, run(info)] as const));
    expect(evaluatePreemption(pod, infos, results, run)).toEqual({
      message: 'preemption: 0/1 nodes are available: 1 Insufficient cpu.',
      candidates: [],
    });
  });
});
