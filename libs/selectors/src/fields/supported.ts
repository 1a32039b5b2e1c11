import { goQuote } from '@ksb/validation';
import type { FieldSelector } from './types';
import { UnsupportedFieldError } from './unsupported-field-error';

/** What every kind supports (runtime.DefaultMetaV1FieldSelectorConversion). */
export const DEFAULT_SELECTABLE_FIELDS: readonly string[] = ['metadata.name', 'metadata.namespace'];

export interface SupportedFieldsOptions {
  /**
   * Whether upstream registers a field-label conversion of its own for the kind (Pods, Nodes,
   * Secrets, Events, Namespaces, custom resources, ...). Those reject with
   * "field label not supported: X"; kinds left on the generic conversion (Deployments,
   * ConfigMaps, ...) reject with `"X" is not a known field selector: only ...`.
   * Defaults to true unless `supported` is exactly the two metadata fields.
   */
  customConversion?: boolean;
}

function isDefaultSet(supported: readonly string[]): boolean {
  const unique = new Set(supported);
  return unique.size === DEFAULT_SELECTABLE_FIELDS.length && DEFAULT_SELECTABLE_FIELDS.every((f) => unique.has(f));
}

function unsupportedMessage(field: string, customConversion: boolean): string {
  if (customConversion) return `field label not supported: ${field}`;
  const only = DEFAULT_SELECTABLE_FIELDS.map(goQuote).join(', ');
  return `${goQuote(field)} is not a known field selector: only ${only}`;
}

/**
 * Throws UnsupportedFieldError (a SelectorError) for the first field, in selector order, that
 * the kind does not support; upstream converts terms in that order and stops at the first.
 */
export function assertSupportedFields(
  selector: FieldSelector,
  supported: readonly string[],
  kindDescription: string,
  options: SupportedFieldsOptions = {},
): void {
  const allowed = new Set(supported);
  const rejected = selector.find(({ field }) => !allowed.has(field));
  if (rejected === undefined) return;
  const customConversion = options.customConversion ?? !isDefaultSet(supported);
  throw new UnsupportedFieldError(
    unsupportedMessage(rejected.field, customConversion),
    rejected.field,
    kindDescription,
  );
}
