import { escapeFieldValue } from './escape';
import type { FieldSelector } from './types';

/** Selector.String(): "field=value" / "field!=value" joined by ",", values escaped. */
export function formatFieldSelector(selector: FieldSelector): string {
  return selector
    .map(({ field, operator, value }) => `${field}${operator === 'Equals' ? '=' : '!='}${escapeFieldValue(value)}`)
    .join(',');
}
