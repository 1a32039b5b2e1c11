import type { NodeInfo } from '../node-info';
import { defaultNormalizeScore } from '../normalize';
import { findUntoleratedTaint, isTolerated } from '../tolerations';
import { PASS, type FilterResult, type Pod, type Taint } from '../types';

export const TAINT_TOLERATION = 'TaintToleration';

/** Upstream prints the taint as {key: value}, with an empty value leaving "key: ". */
export const untoleratedTaintReason = (taint: Taint): string =>
  `node(s) had untolerated taint {${taint.key}: ${taint.value ?? ''}}`;

const HARD_EFFECTS: readonly string[] = ['NoSchedule', 'NoExecute'];

/** Only NoSchedule and NoExecute keep pods off; PreferNoSchedule merely scores lower. */
export function taintTolerationFilter(pod: Pod, info: NodeInfo): FilterResult {
  const taints = info.node.spec?.taints;
  if (taints === undefined || taints.length === 0) return PASS;
  const taint = findUntoleratedTaint(taints, pod.spec?.tolerations ?? [], HARD_EFFECTS);
  if (taint === undefined) return PASS;
  return { pass: false, plugin: TAINT_TOLERATION, reasons: [untoleratedTaintReason(taint)], unresolvable: true };
}

/**
 * Raw score: how many PreferNoSchedule taints the pod does not tolerate. Upstream only considers tolerations
 * whose effect is empty or PreferNoSchedule here.
 */
export function taintTolerationScore(pod: Pod, info: NodeInfo): number {
  const taints = info.node.spec?.taints;
  if (taints === undefined || taints.length === 0) return 0;
  const tolerations = (pod.spec?.tolerations ?? []).filter(
    (t) => t.effect === undefined || t.effect === '' || t.effect === 'PreferNoSchedule',
  );
  return taints.filter((t) => t.effect === 'PreferNoSchedule' && !isTolerated(t, tolerations)).length;
}

/** Fewer intolerable taints is better: reversed, so a node with none scores 100. */
export const taintTolerationNormalize = (scores: readonly number[]): number[] => defaultNormalizeScore(scores, true);
