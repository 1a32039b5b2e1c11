// Public field selector API (k8s.io/apimachinery/pkg/fields).
export type { FieldOperator, FieldRequirement, FieldSelector } from './fields/types';
export { parseFieldSelector } from './fields/parse';
export { matchesFields } from './fields/matches';
export { formatFieldSelector } from './fields/format';
export { escapeFieldValue, unescapeFieldValue } from './fields/escape';
export { assertSupportedFields, DEFAULT_SELECTABLE_FIELDS, type SupportedFieldsOptions } from './fields/supported';
export { UnsupportedFieldError } from './fields/unsupported-field-error';
