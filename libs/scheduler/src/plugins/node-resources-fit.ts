import type { NodeInfo } from '../node-info';
import type { Resources } from '../resources';
import { PASS, type FilterResult } from '../types';

export const NODE_RESOURCES_FIT = 'NodeResourcesFit';

/**
 * fitsRequest: every shortfall is reported (pods, cpu, memory in that order). In v1.32 the status is always
 * Unschedulable, so preemption is tried. Upstream later (kubernetes#131345, v1.34) made a request larger than
 * the node's whole allocatable unresolvable, since evicting pods could never make room; `exceedsAllocatableIsUnresolvable`
 * opts into that.
 */
export function nodeResourcesFitFilter(
  podRequest: Resources,
  info: NodeInfo,
  exceedsAllocatableIsUnresolvable = false,
): FilterResult {
  const tooManyPods = info.pods.length + 1 > info.allocatable.pods;
  // A pod requesting nothing fits anywhere the pod count allows.
  const requests = podRequest.milliCpu !== 0 || podRequest.memory !== 0;
  const cpuShort =
    requests && podRequest.milliCpu > 0 && info.allocatable.milliCpu < podRequest.milliCpu + info.requested.milliCpu;
  const memoryShort =
    requests && podRequest.memory > 0 && info.allocatable.memory < podRequest.memory + info.requested.memory;
  // The common case allocates nothing: this runs for every node of every cycle.
  if (!tooManyPods && !cpuShort && !memoryShort) return PASS;
  const reasons: string[] = [];
  if (tooManyPods) reasons.push('Too many pods');
  if (cpuShort) reasons.push('Insufficient cpu');
  if (memoryShort) reasons.push('Insufficient memory');
  const unresolvable =
    (cpuShort && podRequest.milliCpu > info.allocatable.milliCpu) ||
    (memoryShort && podRequest.memory > info.allocatable.memory);
  return {
    pass: false,
    plugin: NODE_RESOURCES_FIT,
    reasons,
    unresolvable: exceedsAllocatableIsUnresolvable && unresolvable,
  };
}
