import { compareGoStrings } from '@ksb/validation';
import { stringMap } from '../objects/read';

/** labels.Set(map).String(): "k=v" pairs sorted by key, "" when empty. */
export function labelsString(value: unknown): string {
  return Object.entries(stringMap(value))
    .sort(([a], [b]) => compareGoStrings(a, b))
    .map(([key, entry]) => `${key}=${entry}`)
    .join(',');
}

/** labels.FormatLabels: as labelsString, "<none>" when empty. */
export const formatLabels = (value: unknown): string => labelsString(value) || '<none>';
