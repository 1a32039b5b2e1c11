import { info, makeNode, makePod } from '../test-fixtures';
import { nodeUnschedulableFilter } from './node-unschedulable';

describe('NodeUnschedulable', () => {
  it('passes schedulable nodes', () => {
    expect(nodeUnschedulableFilter(makePod('p'), info(makeNode('n')))).toEqual({ pass: true });
  });

  it('rejects cordoned nodes as unresolvable', () => {
    expect(nodeUnschedulableFilter(makePod('p'), info(makeNode('n', { unschedulable: true })))).toEqual({
      pass: false,
      plugin: 'NodeUnschedulable',
      reasons: ['node(s) were unschedulable'],
      unresolvable: true,
    });
  });

  it('lets pods tolerating the unschedulable taint through', () => {
    const pod = makePod('p', undefined, {
      tolerations: [{ key: 'node.kubernetes.io/unschedulable', operator: 'Exists' }],
    });
    expect(nodeUnschedulableFilter(pod, info(makeNode('n', { unschedulable: true }))).pass).toBe(true);
  });
});
