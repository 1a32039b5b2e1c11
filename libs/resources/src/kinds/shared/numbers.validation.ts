import type { ErrorCause } from '@ksb/errors';
import { invalidValue } from '@ksb/validation';

// ValidateNonnegativeField, the most common number rule (replicas, revisionHistoryLimit, minReadySeconds, ...).

export const NEGATIVE_MESSAGE = 'must be greater than or equal to 0';

export function nonNegativeErrors(value: unknown, path: string): ErrorCause[] {
  return typeof value === 'number' && value < 0 ? [invalidValue(path, value, NEGATIVE_MESSAGE)] : [];
}
