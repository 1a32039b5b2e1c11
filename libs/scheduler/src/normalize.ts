/** framework.MaxNodeScore: every plugin's normalized score lies in 0..100. */
export const MAX_NODE_SCORE = 100;

/**
 * helper.DefaultNormalizeScore: scale raw scores so the best becomes 100 (Go integer division). With `reverse`,
 * fewer is better; when every raw score is 0, reversed scores are all 100 and plain ones stay 0.
 */
export function normalizeScores(scores: ArrayLike<number>, reverse: boolean): Float64Array {
  const normalized = new Float64Array(scores.length);
  let max = 0;
  for (let i = 0; i < scores.length; i++) max = Math.max(max, scores[i]);
  for (let i = 0; i < scores.length; i++) {
    const scaled = max === 0 ? 0 : Math.trunc((MAX_NODE_SCORE * scores[i]) / max);
    normalized[i] = reverse ? MAX_NODE_SCORE - scaled : scaled;
  }
  return normalized;
}

export const defaultNormalizeScore = (scores: readonly number[], reverse: boolean): number[] =>
  Array.from(normalizeScores(scores, reverse));
