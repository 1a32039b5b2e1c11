import { compareGoStrings } from '@ksb/validation';
import { at, isRecord, list, str, stringMap } from '../objects/read';

// metav1.LabelSelectorAsSelector(...).String() for the SELECTOR columns, from the stored JSON.

interface Requirement {
  key: string;
  text: string;
}

const sortedValues = (values: readonly unknown[]): string =>
  values
    .map((value) => str(value))
    .sort(compareGoStrings)
    .join(',');

/** One matchExpressions entry, or null where upstream's NewRequirement refuses it. */
function expression(value: unknown): Requirement | null {
  const key = str(at(value, 'key'));
  const values = list(at(value, 'values'));
  switch (at(value, 'operator')) {
    case 'In':
      return values.length === 0 ? null : { key, text: `${key} in (${sortedValues(values)})` };
    case 'NotIn':
      return values.length === 0 ? null : { key, text: `${key} notin (${sortedValues(values)})` };
    case 'Exists':
      return values.length > 0 ? null : { key, text: key };
    case 'DoesNotExist':
      return values.length > 0 ? null : { key, text: `!${key}` };
    default:
      return null;
  }
}

/** The selector's string form ("" selects everything or nothing), or null when it cannot be converted. */
export function selectorString(selector: unknown): string | null {
  if (!isRecord(selector)) return '';
  const requirements: Requirement[] = Object.entries(stringMap(selector.matchLabels)).map(([key, value]) => ({
    key,
    text: `${key}=${value}`,
  }));
  for (const item of list(selector.matchExpressions)) {
    const requirement = expression(item);
    if (requirement === null) return null;
    requirements.push(requirement);
  }
  return requirements
    .sort((a, b) => compareGoStrings(a.key, b.key))
    .map((requirement) => requirement.text)
    .join(',');
}

/** metav1.FormatLabelSelector: "<none>" when empty, "<error>" when invalid. */
export function formatLabelSelector(selector: unknown): string {
  const text = selectorString(selector);
  if (text === null) return '<error>';
  return text || '<none>';
}
