import { hostPortConflicts, type HostPort } from '../host-ports';
import type { NodeInfo } from '../node-info';
import { PASS, type FilterResult } from '../types';

export const NODE_PORTS = 'NodePorts';
export const ERR_NODE_PORTS = "node(s) didn't have free ports for the requested pod ports";

/**
 * Every host port the pod wants must be free on the node. Plain Unschedulable upstream: evicting the pod
 * holding the port would free it, so preemption is tried.
 */
export function nodePortsFilter(wanted: readonly HostPort[], info: NodeInfo): FilterResult {
  if (wanted.length === 0 || info.usedPorts.length === 0) return PASS;
  if (!wanted.some((port) => hostPortConflicts(info.usedPorts, port))) return PASS;
  return { pass: false, plugin: NODE_PORTS, reasons: [ERR_NODE_PORTS], unresolvable: false };
}
