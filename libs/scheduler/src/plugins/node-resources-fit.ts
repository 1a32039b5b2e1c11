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
  const reasons: string[] = [];
  let unresolvable = false;
  if (info.pods.length + 1 > info.allocatable.pods) reasons.push('Too many pods');
  // A pod requesting nothing fits anywhere the pod count allows.
  if (podRequest.milliCpu !== 0 || podRequest.memory !== 0) {
    if (podRequest.milliCpu > 0 && info.allocatable.milliCpu < podRequest.milliCpu + info.requested.milliCpu) {
      reasons.push('Insufficient cpu');
      unresolvable ||= podRequest.milliCpu > info.allocatable.milliCpu;
    }
    if (podRequest.memory > 0 && info.allocatable.memory < podRequest.memory + info.requested.memory) {
      reasons.push('Insufficient memory');
      unresolvable ||= podRequest.memory > info.allocatable.memory;
    }
  }
  if (reasons.length === 0) return PASS;
  return {
    pass: false,
    plugin: NODE_RESOURCES_FIT,
    reasons,
    unresolvable: exceedsAllocatableIsUnresolvable && unresolvable,
  };
}
