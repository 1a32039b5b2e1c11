import { compareGoStrings } from '@ksb/validation';
import { sortByKey } from './sort-by-key';
import type { LabelRequirement, LabelSelector } from './types';

// Selector.String(): what Scale's status.selector and `kubectl describe` show.

function sortedValues(values: readonly string[]): string {
  return [...values].sort(compareGoStrings).join(',');
}

/**
 * One requirement as upstream prints it. A single-valued In/NotIn prints as "k=v"/"k!=v":
 * the model does not keep whether it came from "=" or "in (v)", and "=" is what matchLabels
 * (the common source) prints upstream.
 */
export function formatRequirement({ key, operator, values }: LabelRequirement): string {
  switch (operator) {
    case 'Exists':
      return key;
    case 'DoesNotExist':
      return `!${key}`;
    case 'Gt':
      return `${key}>${values.join(',')}`;
    case 'Lt':
      return `${key}<${values.join(',')}`;
    case 'In':
      return values.length === 1 ? `${key}=${values.join('')}` : `${key} in (${sortedValues(values)})`;
    case 'NotIn':
      return values.length === 1 ? `${key}!=${values.join('')}` : `${key} notin (${sortedValues(values)})`;
  }
}

/** Canonical string form, requirements sorted by key; the empty selector prints as "". */
export function formatLabelSelector(selector: LabelSelector): string {
  return sortByKey(selector).map(formatRequirement).join(',');
}
