import { DomainError, ErrorCause } from '@ksb/errors';
import { goQuote } from '@ksb/validation';
import { KindInfo, qualifiedKind } from './kind-info';

// The field-error builders live in @ksb/validation (resource definitions use them too); re-exported for callers here.
export { forbiddenValue, invalidValue, requiredValue, unsupportedValue } from '@ksb/validation';

/** `Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be ...`, as upstream words it. */
export function invalidObject(
  kind: Pick<KindInfo, 'group' | 'kind' | 'plural'>,
  name: string,
  causes: ErrorCause[],
): DomainError {
  const parts = causes.map((cause) => (cause.field ? `${cause.field}: ${cause.message}` : cause.message));
  const summary = parts.length === 1 ? parts[0] : `[${parts.join(', ')}]`;
  return new DomainError('INVALID', `${qualifiedKind(kind)} ${goQuote(name)} is invalid: ${summary}`, {
    causes,
    target: { name, group: kind.group, kind: kind.kind },
  });
}
