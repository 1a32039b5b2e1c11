import type { NodeInfo } from '../node-info';
import { PASS, type FilterResult, type Pod } from '../types';

export const NODE_NAME = 'NodeName';
export const ERR_NODE_NAME = "node(s) didn't match the requested node name";

export function nodeNameFilter(pod: Pod, info: NodeInfo): FilterResult {
  const wanted = pod.spec?.nodeName;
  if (wanted === undefined || wanted === '' || wanted === info.name) return PASS;
  return { pass: false, plugin: NODE_NAME, reasons: [ERR_NODE_NAME], unresolvable: true };
}
