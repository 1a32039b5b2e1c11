import type { NodeInfo } from '../node-info';
import { isTolerated } from '../tolerations';
import { PASS, type FilterResult, type Pod } from '../types';

export const NODE_UNSCHEDULABLE = 'NodeUnschedulable';
export const ERR_NODE_UNSCHEDULABLE = 'node(s) were unschedulable';

// A cordoned node is still usable by pods tolerating the taint the node controller would put on it.
const UNSCHEDULABLE_TAINT = { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' };

export function nodeUnschedulableFilter(pod: Pod, info: NodeInfo): FilterResult {
  if (info.node.spec?.unschedulable !== true) return PASS;
  if (isTolerated(UNSCHEDULABLE_TAINT, pod.spec?.tolerations ?? [])) return PASS;
  return { pass: false, plugin: NODE_UNSCHEDULABLE, reasons: [ERR_NODE_UNSCHEDULABLE], unresolvable: true };
}
