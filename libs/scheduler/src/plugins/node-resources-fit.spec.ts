import { podRequests } from '../resources';
import { info, makeNode, makePod } from '../test-fixtures';
import { nodeResourcesFitFilter } from './node-resources-fit';

const fit = (requests: Record<string, string>, node = makeNode('n'), pods = [makePod('x')], v134 = false) =>
  nodeResourcesFitFilter(podRequests(makePod('p', requests).spec), info(node, pods), v134);

describe('NodeResourcesFit filter', () => {
  it('passes when requests fit beside the pods already on the node', () => {
    expect(fit({ cpu: '1', memory: '1Gi' }, makeNode('n'), [makePod('x', { cpu: '1', memory: '3Gi' })]).pass).toBe(
      true,
    );
  });

  it('counts existing pods by their requests and reports every shortfall', () => {
    expect(fit({ cpu: '1', memory: '2Gi' }, makeNode('n'), [makePod('x', { cpu: '1500m', memory: '3Gi' })])).toEqual({
      pass: false,
      plugin: 'NodeResourcesFit',
      reasons: ['Insufficient cpu', 'Insufficient memory'],
      unresolvable: false,
    });
  });

  it('stays resolvable beyond the node allocatable, as in v1.32', () => {
    expect(fit({ cpu: '3' })).toMatchObject({ reasons: ['Insufficient cpu'], unresolvable: false });
  });

  it('is unresolvable beyond the node allocatable when opted into the v1.34 behaviour', () => {
    expect(fit({ cpu: '3' }, makeNode('n'), [], true)).toMatchObject({ unresolvable: true });
    expect(fit({ cpu: '1' }, makeNode('n'), [makePod('x', { cpu: '1500m' })], true)).toMatchObject({
      unresolvable: false,
    });
  });

  it('reports Too many pods first', () => {
    const full = makeNode('n', { pods: '1', cpu: '1' });
    expect(fit({ cpu: '2' }, full)).toMatchObject({ reasons: ['Too many pods', 'Insufficient cpu'] });
  });

  it('ignores terminal pods', () => {
    const done = { ...makePod('x', { cpu: '2' }), status: { phase: 'Succeeded' } };
    expect(fit({ cpu: '1' }, makeNode('n'), [done]).pass).toBe(true);
  });
});
