import { DomainError } from '@ksb/errors';
import { unknownFields } from '@ksb/kube-schemas';
import type { ResourceDefinition } from '@ksb/resources';
import type { FieldValidation } from './kube-query';

/** Strategic-merge directives ($patch, $setElementOrder/..., $retainKeys) are not fields. */
function withoutDirectives(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDirectives);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !key.startsWith('$'))
      .map(([key, inner]) => [key, withoutDirectives(inner)]),
  );
}

/**
 * fieldValidation as the API server applies it to a body: Strict rejects unknown fields (`Deployment in
 * version "v1" cannot be handled as a Deployment: strict decoding error: unknown field "spec.replica"`),
 * Warn returns them as warnings, Ignore skips.
 */
export function checkFields(definition: ResourceDefinition, body: unknown, mode: FieldValidation): string[] {
  if (mode === 'Ignore' || body === null || typeof body !== 'object' || Array.isArray(body)) return [];
  const problems = unknownFields(withoutDirectives(body), definition.group, definition.version, definition.kind);
  if (problems.length && mode === 'Strict') {
    const { kind, version } = definition;
    throw new DomainError(
      'BAD_REQUEST',
      `${kind} in version ${JSON.stringify(version)} cannot be handled as a ${kind}: strict decoding error: ${problems.join(', ')}`,
    );
  }
  return problems;
}

/** Warnings travel as `Warning: 299 - "<text>"` headers, which kubectl prints. */
export const warningHeader = (warnings: readonly string[]): string[] =>
  warnings.map((warning) => `299 - ${JSON.stringify(warning)}`);
