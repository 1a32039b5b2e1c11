import type { ErrorCause } from '@ksb/errors';
import { goQuote } from './go-quote';
import { renderGoValue } from './go-value';

// field.Error builders: the cause reason and the message body (ErrorBody) exactly as upstream prints them.

export const invalidValue = (field: string, value: unknown, detail: string): ErrorCause => ({
  field,
  reason: 'FieldValueInvalid',
  message: `Invalid value: ${renderGoValue(value)}${detail ? `: ${detail}` : ''}`,
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
  message: `Unsupported value: ${renderGoValue(value)}: supported values: ${supported.map((s) => goQuote(s)).join(', ')}`,
});

export const duplicateValue = (field: string, value: unknown): ErrorCause => ({
  field,
  reason: 'FieldValueDuplicate',
  message: `Duplicate value: ${renderGoValue(value)}`,
});

export const notFoundValue = (field: string, value: unknown): ErrorCause => ({
  field,
  reason: 'FieldValueNotFound',
  message: `Not found: ${renderGoValue(value)}`,
});

/** field.TooLong: the value itself is never printed. */
export const tooLongValue = (field: string, maxBytes: number): ErrorCause => ({
  field,
  reason: 'FieldValueTooLong',
  message: `Too long: may not be more than ${String(maxBytes)} bytes`,
});
