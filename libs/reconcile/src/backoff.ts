export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/** Exponential back-off per failed attempt (1-based), capped, as client-go's per-item rate limiter. */
export function backoffDelay(attempt: number, policy: BackoffPolicy): number {
  const exponent = Math.max(0, Math.min(attempt - 1, 30));
  return Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
}

/** BullMQ job ids may not contain ':'; keys are encoded so any key is a valid id, one id per key. */
export const jobIdOf = (key: string): string => `k_${encodeURIComponent(key)}`;
