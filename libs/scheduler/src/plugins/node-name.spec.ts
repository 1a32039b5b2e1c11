import { info, makeNode, makePod } from '../test-fixtures';
import { nodeNameFilter } from './node-name';

describe('NodeName', () => {
  it('passes when the pod names no node or this node', () => {
    expect(nodeNameFilter(makePod('p'), info(makeNode('a'))).pass).toBe(true);
    expect(nodeNameFilter(makePod('p', undefined, { nodeName: 'a' }), info(makeNode('a'))).pass).toBe(true);
  });

  it('rejects other nodes with the upstream reason', () => {
    expect(nodeNameFilter(makePod('p', undefined, { nodeName: 'b' }), info(makeNode('a')))).toEqual({
      pass: false,
      plugin: 'NodeName',
      reasons: ["node(s) didn't match the requested node name"],
      unresolvable: true,
    });
  });
});
