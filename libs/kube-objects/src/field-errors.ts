import { DomainError, ErrorCause } from '@ksb/errors';
import { goQuote } from '@ksb/validation';
import { KindInfo, qualifiedKind } from './kind-info';

/** Values printed as Go's %v / %q would in upstream field errors. */
function render(value: unknown): string {
  if (typeof value === 'string') return goQuote(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  return JSON.stringify(value);
}

export const invalidValue = (field: string, value: unknown, detail: string): ErrorCause => ({
  field,
  reason: 'FieldValueInvalid',
  message: `Invalid value: ${render(value)}: ${detail}`,
});

export const requiredValue = (field: string, detail = ''): ErrorCause => ({
  field,
  reason: 'FieldValueRequired',
  message: detail ? `Required value: ${detail}` : 'Required value',
});

export const forbiddenValue = (field: string, detail: string): ErrorCause => ({
  field,
  reason: 'FieldValueForbidden',
  message: `Forbidden: ${detail}`,
});

export const unsupportedValue = (field: string, value: unknown, supported: readonly string[]): ErrorCause => ({
  field,
  reason: 'FieldValueNotSupported',
  message: `Unsupported value: ${render(value)}: supported values: ${supported.map((s) => goQuote(s)).join(', ')}`,
});

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
