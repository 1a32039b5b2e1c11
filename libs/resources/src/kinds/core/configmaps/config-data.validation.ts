import type { ErrorCause } from '@ksb/errors';
import {
  compareGoStrings,
  configKeyErrors,
  forbiddenValue,
  invalidValue,
  tooLongValue,
  utf8Length,
} from '@ksb/validation';
import { record, str } from '../../../objects/read';

// What ConfigMaps and Secrets share: valid keys, at most 1 MiB of values, and the `immutable` flag.

/** core.MaxSecretSize, also the ConfigMap limit. */
export const MAX_DATA_BYTES = 1024 * 1024;

export const sortedKeys = (value: unknown): string[] => Object.keys(record(value)).sort(compareGoStrings);

export function keyErrors(value: unknown, field: string): ErrorCause[] {
  return sortedKeys(value).flatMap((key) =>
    configKeyErrors(key).map((message) => invalidValue(`${field}[${key}]`, key, message)),
  );
}

/** Bytes of a base64 value once decoded (the API carries binary data as base64). */
export const decodedLength = (value: unknown): number => Buffer.from(str(value), 'base64').length;

export const textLength = (value: unknown): number => utf8Length(str(value));

export function sizeErrors(bytes: number, field: string): ErrorCause[] {
  return bytes > MAX_DATA_BYTES ? [tooLongValue(field, MAX_DATA_BYTES)] : [];
}

/** Once `immutable: true` is stored, neither it nor the data may change. */
export function immutableDataErrors(
  object: Record<string, unknown>,
  old: Record<string, unknown>,
  fields: readonly string[],
  equal: (a: unknown, b: unknown) => boolean,
): ErrorCause[] {
  if (old.immutable !== true) return [];
  const message = 'field is immutable when `immutable` is set';
  return [
    ...(object.immutable === true ? [] : [forbiddenValue('immutable', message)]),
    ...fields.filter((field) => !equal(object[field], old[field])).map((field) => forbiddenValue(field, message)),
  ];
}
