import type { ErrorCause } from '@ksb/errors';
import { goLiteral, invalidValue, percentErrors } from '@ksb/validation';
import { intOrStringLiteral } from './go-literals';
import { nonNegativeErrors } from './numbers.validation';

// maxSurge / maxUnavailable: an int or a percentage (apps validation's int-or-percent helpers).

const percentOf = (value: unknown): number | undefined =>
  typeof value === 'string' && percentErrors(value).length === 0 ? Number(value.slice(0, -1)) : undefined;

/** getIntOrPercentValue: the number whatever the form (an unparsable string counts as 0, like IntValue()). */
export function intOrPercentValue(value: unknown): number {
  const percent = percentOf(value);
  if (percent !== undefined) return percent;
  if (typeof value === 'number') return value;
  const parsed = typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isNaN(parsed) ? 0 : parsed;
}

/** ValidatePositiveIntOrPercent (despite the name, 0 is allowed). */
export function intOrPercentErrors(value: unknown, path: string): ErrorCause[] {
  if (typeof value === 'string') {
    return percentErrors(value).map((message) => invalidValue(path, goLiteral(intOrStringLiteral(value)), message));
  }
  return nonNegativeErrors(value, path);
}

export function notMoreThan100PercentErrors(value: unknown, path: string): ErrorCause[] {
  const percent = percentOf(value);
  return percent !== undefined && percent > 100
    ? [invalidValue(path, goLiteral(intOrStringLiteral(value)), 'must not be greater than 100%')]
    : [];
}
