import { SelectorError } from '../selector-error';
import { compareGoStrings } from '@ksb/validation';
import { unescapeFieldValue } from './escape';
import { splitTerm, splitTerms } from './split';
import type { FieldRequirement, FieldSelector } from './types';

// fields.ParseSelector.

function parseTerm(selector: string, term: string): FieldRequirement | undefined {
  const split = splitTerm(term);
  if (split === undefined) {
    throw new SelectorError(`invalid selector: '${selector}'; can't understand '${term}'`);
  }
  const value = unescapeFieldValue(split.rhs);
  // Upstream's (identity) transform drops terms whose field and value are both empty.
  if (split.lhs === '' && value === '') return undefined;
  return {
    field: split.lhs,
    operator: split.operator === '!=' ? 'NotEquals' : 'Equals',
    value,
  };
}

/**
 * Parses the `fieldSelector` query syntax; the empty string selects everything.
 * Terms are sorted as raw text first, as upstream does, so errors surface in the same order.
 */
export function parseFieldSelector(text: string): FieldSelector {
  const terms = splitTerms(text).sort(compareGoStrings);
  const requirements: FieldRequirement[] = [];
  for (const term of terms) {
    if (term === '') continue;
    const requirement = parseTerm(text, term);
    if (requirement !== undefined) requirements.push(requirement);
  }
  return requirements;
}
