import type { NodeInfo } from '../node-info';
import { MAX_NODE_SCORE } from '../normalize';
import type { Resources } from '../resources';

export const BALANCED_ALLOCATION = 'NodeResourcesBalancedAllocation';

/**
 * Favors nodes whose cpu and memory would be used in equal proportion: 100 * (1 - standard deviation of the
 * requested fractions). With two resources the deviation is half their difference. Upstream uses actual
 * requests here, not the non-zero defaults, and skips resources the node has none of.
 */
export function balancedAllocationScore(podRequest: Resources, info: NodeInfo): number {
  const fractions: number[] = [];
  const pairs: [number, number][] = [
    [info.requested.milliCpu + podRequest.milliCpu, info.allocatable.milliCpu],
    [info.requested.memory + podRequest.memory, info.allocatable.memory],
  ];
  for (const [requested, capacity] of pairs) {
    if (capacity === 0) continue;
    fractions.push(Math.min(requested / capacity, 1));
  }
  let std = 0;
  if (fractions.length === 2) {
    std = Math.abs(fractions[0] - fractions[1]) / 2;
  } else if (fractions.length > 2) {
    const mean = fractions.reduce((a, b) => a + b, 0) / fractions.length;
    std = Math.sqrt(fractions.reduce((a, f) => a + (f - mean) ** 2, 0) / fractions.length);
  }
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}
