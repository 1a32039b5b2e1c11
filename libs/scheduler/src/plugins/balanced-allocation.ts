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
  // Allocation-free on purpose: this runs for every feasible node of every cycle.
  const cpuCapacity = info.allocatable.milliCpu;
  const memoryCapacity = info.allocatable.memory;
  const cpu = cpuCapacity === 0 ? -1 : Math.min((info.requested.milliCpu + podRequest.milliCpu) / cpuCapacity, 1);
  const memory = memoryCapacity === 0 ? -1 : Math.min((info.requested.memory + podRequest.memory) / memoryCapacity, 1);
  // With two resources the standard deviation is half their difference; with one it is 0.
  const std = cpu >= 0 && memory >= 0 ? Math.abs(cpu - memory) / 2 : 0;
  return Math.trunc((1 - std) * MAX_NODE_SCORE);
}
