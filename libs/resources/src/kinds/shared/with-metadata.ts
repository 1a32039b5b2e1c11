import type { ErrorCause } from '@ksb/errors';
import type { Validator } from '../../definition/hooks';
import { objectMetaErrors } from './object-meta.validation';

/** ErrorList.ToAggregate drops repeated messages (e.g. a missing image found by two checks); so do we. */
function unique(errors: ErrorCause[]): ErrorCause[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.field ?? ''}: ${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Every kind's validator: metadata (labels, annotations) first, as ValidateObjectMeta runs first upstream. */
export function withMetadata(validate?: Validator): Validator {
  return (object, old) => unique([...objectMetaErrors(object.metadata), ...(validate ? validate(object, old) : [])]);
}
