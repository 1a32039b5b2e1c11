import { SelectorError } from '../selector-error';
import { goQuote } from '@ksb/validation';
import { compareGoStrings } from '@ksb/validation';
import { newRequirement } from './requirement';
import type { SelectionOperator } from './selection-operator';
import { sortByKey } from './sort-by-key';
import type { LabelRequirement, LabelSelector } from './types';

// metav1.LabelSelectorAsSelector: the structured selector of Deployments, Services' peers, etc.

/** metav1.LabelSelectorRequirement as received in JSON; the operator is checked at runtime. */
export interface LabelSelectorRequirementObject {
  key: string;
  operator: string;
  values?: readonly string[] | null;
}

/** metav1.LabelSelector as received in JSON (nulls allowed where Go has nil). */
export interface LabelSelectorObject {
  matchLabels?: Readonly<Record<string, string>> | null;
  matchExpressions?: readonly LabelSelectorRequirementObject[] | null;
}

const EXPRESSION_OPERATORS: ReadonlyMap<string, SelectionOperator> = new Map<string, SelectionOperator>([
  ['In', 'in'],
  ['NotIn', 'notin'],
  ['Exists', 'exists'],
  ['DoesNotExist', '!'],
]);

function fromExpression({ key, operator, values }: LabelSelectorRequirementObject): LabelRequirement {
  const selection = EXPRESSION_OPERATORS.get(operator);
  if (selection === undefined) {
    throw new SelectorError(`${goQuote(operator)} is not a valid pod selector operator`);
  }
  return newRequirement(key, selection, values ?? []);
}

/**
 * Converts and validates a structured selector; throws SelectorError with upstream's message.
 * An empty selector ({}) selects everything, as upstream's does.
 */
export function labelSelectorFromObject(object: LabelSelectorObject): LabelSelector {
  // Upstream walks matchLabels in Go's random map order; sorted keys make errors repeatable.
  const labels = Object.entries(object.matchLabels ?? {}).sort(([a], [b]) => compareGoStrings(a, b));
  const fromLabels = labels.map(([key, value]) => newRequirement(key, '=', [value]));
  const fromExpressions = (object.matchExpressions ?? []).map(fromExpression);
  return sortByKey([...fromLabels, ...fromExpressions]);
}
