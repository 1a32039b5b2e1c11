import type { NodeInfo } from '../node-info';
import { MAX_NODE_SCORE } from '../normalize';
import type { Resources } from '../resources';

export const NODE_RESOURCES_FIT_SCORE = 'NodeResourcesFit';

// Per resource: the free share after placing the pod, 0 when it would not fit (Go integer arithmetic).
function leastRequested(requested: number, capacity: number): number {
  if (capacity === 0 || requested > capacity) return 0;
  return Math.trunc(((capacity - requested) * MAX_NODE_SCORE) / capacity);
}

/**
 * The LeastAllocated strategy with the default weights (cpu 1, memory 1). It uses non-zero requests, so
 * request-less pods still count and spread evenly.
 */
export function leastAllocatedScore(podNonZeroRequest: Resources, info: NodeInfo): number {
  const cpu = leastRequested(info.nonZeroRequested.milliCpu + podNonZeroRequest.milliCpu, info.allocatable.milliCpu);
  const memory = leastRequested(info.nonZeroRequested.memory + podNonZeroRequest.memory, info.allocatable.memory);
  return Math.trunc((cpu + memory) / 2);
}
