import type { ErrorCause } from '@ksb/errors';
import { invalidValue } from '@ksb/validation';
import { semanticEqual } from './semantic-equal';

export const IMMUTABLE_MESSAGE = 'field is immutable';

/** ValidateImmutableField; `shown` is what the message prints for the new value (a Go literal for structs). */
export function immutableErrors(next: unknown, previous: unknown, path: string, shown: unknown = next): ErrorCause[] {
  return semanticEqual(next, previous) ? [] : [invalidValue(path, shown, IMMUTABLE_MESSAGE)];
}
