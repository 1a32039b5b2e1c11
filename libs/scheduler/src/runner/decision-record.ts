import type { ScheduleResult } from '../schedule';
import type { SchedulingDecision } from './scheduling-decisions.repository';

/** Bounds that keep a decision over a 1,000-node cluster to a few KB (small clusters are kept whole). */
export const MAX_SCORES_KEPT = 20;
export const MAX_REJECTED_KEPT = 100;

interface PodRef {
  uid: string;
  namespace: string;
  name: string;
}

/** What is kept of one scheduling cycle: counts, rejected nodes with their verdicts, the best scores. */
export function decisionRecord(pod: PodRef, result: ScheduleResult): SchedulingDecision {
  // Every filtered node passed: nothing to keep from the verdicts (and building them is the costly part).
  const allPassed = result.scheduled && result.evaluatedNodes === result.feasibleNodes;
  const verdicts = allPassed ? [] : Object.entries(result.filters);
  const filters: SchedulingDecision['filters'] = {};
  let feasible = 0;
  let kept = 0;
  for (const [node, verdict] of verdicts) {
    if (verdict.pass) feasible++;
    else if (kept < MAX_REJECTED_KEPT) {
      filters[node] = { plugin: verdict.plugin, reasons: verdict.reasons };
      kept++;
    }
  }
  const scores = result.scheduled
    ? [...result.scores]
        .sort((a, b) => Number(b.node === result.node) - Number(a.node === result.node) || b.total - a.total)
        .slice(0, MAX_SCORES_KEPT)
    : [];
  return {
    podUid: pod.uid,
    namespace: pod.namespace,
    podName: pod.name,
    nodeName: result.scheduled ? result.node : null,
    message: result.scheduled ? null : result.message,
    evaluatedNodes: result.scheduled ? result.evaluatedNodes : verdicts.length,
    feasibleNodes: result.scheduled ? result.feasibleNodes : feasible,
    filters,
    scores,
  };
}
