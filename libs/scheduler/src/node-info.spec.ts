import { buildNodeInfo, podsOn } from './node-info';
import { makeNode, makePod } from './test-fixtures';

describe('buildNodeInfo', () => {
  it('sums actual and non-zero requests of live pods and reads allocatable', () => {
    const info = buildNodeInfo(makeNode('n', { cpu: '1500m', memory: '1Gi', pods: '10' }), [
      makePod('a', { cpu: '200m', memory: '64Mi' }),
      makePod('b'),
      { ...makePod('c', { cpu: '1' }), status: { phase: 'Failed' } },
    ]);
    expect(info.allocatable).toEqual({ milliCpu: 1500, memory: 2 ** 30, pods: 10 });
    expect(info.requested).toEqual({ milliCpu: 200, memory: 64 * 2 ** 20 });
    expect(info.nonZeroRequested).toEqual({ milliCpu: 300, memory: 264 * 2 ** 20 });
    expect(info.pods).toHaveLength(2);
  });
});

describe('podsOn', () => {
  it('reads maps and plain records, own keys only', () => {
    const pods = [makePod('a')];
    expect(podsOn(new Map([['n', pods]]), 'n')).toBe(pods);
    expect(podsOn({ n: pods }, 'n')).toBe(pods);
    expect(podsOn({}, 'constructor')).toEqual([]);
  });
});
