import { podRequests } from '../resources';
import { info, makeNode, makePod } from '../test-fixtures';
import { balancedAllocationScore } from './balanced-allocation';

describe('BalancedAllocation', () => {
  it('is 100 minus the standard deviation of the requested fractions', () => {
    // cpu 3000/4000 = 0.75, memory 5000/10000 = 0.5 -> std 0.125 -> 87.
    const node = makeNode('n', { cpu: '4', memory: '10000' });
    expect(balancedAllocationScore(podRequests(makePod('p', { cpu: '3', memory: '5000' }).spec), info(node))).toBe(87);
  });

  it('scores perfectly balanced and empty requests 100', () => {
    const node = makeNode('n', { cpu: '2', memory: '4Gi' });
    expect(balancedAllocationScore(podRequests(makePod('p', { cpu: '1', memory: '2Gi' }).spec), info(node))).toBe(100);
    expect(balancedAllocationScore(podRequests(makePod('p').spec), info(node))).toBe(100);
  });

  it('caps fractions at 1', () => {
    const node = makeNode('n', { cpu: '1', memory: '1Gi' });
    expect(balancedAllocationScore(podRequests(makePod('p', { cpu: '4' }).spec), info(node))).toBe(50);
  });
});
