import { reasonHistogram } from './fit-error';
import { buildNodeInfo, type NodeInfo } from './node-info';
import type { FilterResult, Pod } from './types';

// Upstream's wording carries its own period; the FitError appends the PostFilter message as is.
export const ERR_NOT_ELIGIBLE = 'not eligible due to preemptionPolicy=Never.';
export const ERR_NOT_HELPFUL = 'Preemption is not helpful for scheduling';
export const ERR_NO_VICTIMS = 'No preemption victims found for incoming pod';

export interface PreemptionOutcome {
  /** DefaultPreemption's PostFilter message ("preemption: ..."), empty when some node could be freed. */
  message: string;
  /** Nodes where evicting lower-priority pods would let the pod fit (victims are chosen by the wiring later). */
  candidates: string[];
}

const priority = (pod: Pod): number => pod.spec?.priority ?? 0;

/**
 * The dry run of DefaultPreemption, enough to word FailedScheduling as upstream does: unresolvable nodes are
 * "not helpful"; elsewhere only strictly lower-priority pods may be evicted, and if removing all of them still
 * fails the filters, those filter reasons are reported.
 */
export function evaluatePreemption(
  pod: Pod,
  infos: readonly NodeInfo[],
  results: ReadonlyMap<string, FilterResult>,
  runFilters: (info: NodeInfo) => FilterResult,
): PreemptionOutcome {
  if (pod.spec?.preemptionPolicy === 'Never') return { message: `preemption: ${ERR_NOT_ELIGIBLE}`, candidates: [] };
  const reasons: string[][] = [];
  const candidates: string[] = [];
  for (const info of infos) {
    const result = results.get(info.name);
    if (result === undefined || result.pass) continue;
    if (result.unresolvable) {
      reasons.push([ERR_NOT_HELPFUL]);
      continue;
    }
    const survivors = info.pods.filter((p) => priority(p) >= priority(pod));
    if (survivors.length === info.pods.length) {
      reasons.push([ERR_NO_VICTIMS]);
      continue;
    }
    const after = runFilters(buildNodeInfo(info.node, survivors));
    if (after.pass) candidates.push(info.name);
    else reasons.push([...after.reasons]);
  }
  if (candidates.length > 0) return { message: '', candidates };
  // The evaluator's own FitError (its histogram ends with a period), prefixed by DefaultPreemption.
  return { message: `preemption: 0/${infos.length} nodes are available: ${reasonHistogram(reasons)}.`, candidates };
}
