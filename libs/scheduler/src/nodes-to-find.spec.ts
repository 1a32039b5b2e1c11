import { numFeasibleNodesToFind } from './nodes-to-find';

describe('numFeasibleNodesToFind', () => {
  it('looks at every node of clusters under 100 nodes', () => {
    expect(numFeasibleNodesToFind(3)).toBe(3);
    expect(numFeasibleNodesToFind(99)).toBe(99);
  });

  it('adapts the share to the cluster size: 50% minus 1% per 125 nodes, at least 100 nodes', () => {
    expect(numFeasibleNodesToFind(100)).toBe(100);
    expect(numFeasibleNodesToFind(150)).toBe(100);
    expect(numFeasibleNodesToFind(1000)).toBe(420);
    expect(numFeasibleNodesToFind(5000)).toBe(500);
  });

  it('never goes below 5%', () => {
    expect(numFeasibleNodesToFind(6000)).toBe(300);
  });

  it('honours an explicit percentageOfNodesToScore', () => {
    expect(numFeasibleNodesToFind(1000, 100)).toBe(1000);
    expect(numFeasibleNodesToFind(1000, 10)).toBe(100);
    expect(numFeasibleNodesToFind(1000, 5)).toBe(100);
  });
});
