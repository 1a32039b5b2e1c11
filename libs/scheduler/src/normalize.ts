/** framework.MaxNodeScore: every plugin's normalized score lies in 0..100. */
export const MAX_NODE_SCORE = 100;

/**
 * helper.DefaultNormalizeScore: scale raw scores so the best becomes 100 (Go integer division). With `reverse`,
 * fewer is better; when every raw score is 0, reversed scores are all 100 and plain ones stay 0.
 */
export function defaultNormalizeScore(scores: readonly number[], reverse: boolean): number[] {
  const max = Math.max(0, ...scores);
  if (max === 0) return scores.map(() => (reverse ? MAX_NODE_SCORE : 0));
  return scores.map((score) => {
    const scaled = Math.trunc((MAX_NODE_SCORE * score) / max);
    return reverse ? MAX_NODE_SCORE - scaled : scaled;
  });
}
