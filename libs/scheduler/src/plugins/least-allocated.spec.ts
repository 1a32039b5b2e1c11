import { podRequests } from '../resources';
import { info, makeNode, makePod } from '../test-fixtures';
import { leastAllocatedScore } from './least-allocated';

describe('LeastAllocated', () => {
  it('averages the free share of cpu and memory with integer arithmetic', () => {
    // Upstream example: node 4000m/10000, existing 0, pod 3000m/5000 -> cpu 25, memory 50 -> 37.
    const node = makeNode('n', { cpu: '4', memory: '10000' });
    expect(leastAllocatedScore(podRequests(makePod('p', { cpu: '3', memory: '5000' }).spec, true), info(node))).toBe(
      37,
    );
  });

  it('scores 0 for a resource the pod would overcommit', () => {
    const node = makeNode('n', { cpu: '1', memory: '1Gi' });
    expect(leastAllocatedScore(podRequests(makePod('p', { cpu: '2', memory: '512Mi' }).spec, true), info(node))).toBe(
      25,
    );
  });

  it('counts request-less pods at the non-zero defaults', () => {
    const node = makeNode('n', { cpu: '1', memory: '2000Mi' });
    const empty = leastAllocatedScore(podRequests(makePod('p').spec, true), info(node));
    const busy = leastAllocatedScore(podRequests(makePod('p').spec, true), info(node, [makePod('x')]));
    expect(empty).toBe(90);
    expect(busy).toBe(80);
  });
});
