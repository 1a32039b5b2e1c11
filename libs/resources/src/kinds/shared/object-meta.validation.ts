import type { ErrorCause } from '@ksb/errors';
import {
  compareGoStrings,
  invalidValue,
  labelKeyErrors,
  labelValueErrors,
  tooLongValue,
  utf8Length,
} from '@ksb/validation';
import { stringMap } from '../../objects/read';

// ValidateLabels and ValidateAnnotations, shared by every kind's metadata and by pod templates.
// Go walks maps in random order; sorted keys make the messages repeatable.

/** TotalAnnotationSizeLimitB: keys and values together. */
export const ANNOTATIONS_MAX_BYTES = 256 * 1024;

const sortedEntries = (value: unknown): [string, string][] =>
  Object.entries(stringMap(value)).sort(([a], [b]) => compareGoStrings(a, b));

export function labelsErrors(labels: unknown, path: string): ErrorCause[] {
  return sortedEntries(labels).flatMap(([key, value]) => [
    ...labelKeyErrors(key).map((message) => invalidValue(path, key, message)),
    ...labelValueErrors(value).map((message) => invalidValue(path, value, message)),
  ]);
}

export function annotationsErrors(annotations: unknown, path: string): ErrorCause[] {
  const entries = sortedEntries(annotations);
  // Annotation keys are qualified names compared case-insensitively.
  const errors = entries.flatMap(([key]) =>
    labelKeyErrors(key.toLowerCase()).map((message) => invalidValue(path, key, message)),
  );
  const size = entries.reduce((total, [key, value]) => total + utf8Length(key) + utf8Length(value), 0);
  if (size > ANNOTATIONS_MAX_BYTES) errors.push(tooLongValue(path, ANNOTATIONS_MAX_BYTES));
  return errors;
}

/** Labels and annotations of an object's (or a template's) metadata at `path`. */
export function objectMetaErrors(metadata: unknown, path = 'metadata'): ErrorCause[] {
  const meta = stringMapHolder(metadata);
  return [
    ...labelsErrors(meta.labels, `${path}.labels`),
    ...annotationsErrors(meta.annotations, `${path}.annotations`),
  ];
}

function stringMapHolder(metadata: unknown): { labels?: unknown; annotations?: unknown } {
  return typeof metadata === 'object' && metadata !== null ? metadata : {};
}
