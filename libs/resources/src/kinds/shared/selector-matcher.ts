import { labelSelectorFromObject, matchesLabels, SelectorError, type LabelSelectorObject } from '@ksb/selectors';
import { isRecord, list, record, str, stringMap } from '../../objects/read';

// metav1.LabelSelectorAsSelector: nil selects nothing, {} selects everything, a bad one is an error.

export interface SelectorMatcher {
  /** labels.Selector.Empty(): true only for a selector without requirements. */
  readonly empty: boolean;
  matches(labels: unknown): boolean;
}

const NOTHING: SelectorMatcher = { empty: false, matches: () => false };

function toSelectorObject(value: unknown): LabelSelectorObject {
  const selector = record(value);
  return {
    matchLabels: stringMap(selector.matchLabels),
    matchExpressions: list(selector.matchExpressions).map((item) => {
      const requirement = record(item);
      return {
        key: str(requirement.key),
        operator: str(requirement.operator),
        values: list(requirement.values).map((entry) => str(entry)),
      };
    }),
  };
}

/** The matcher, or undefined when the selector cannot be converted (upstream's "invalid label selector"). */
export function selectorMatcher(value: unknown): SelectorMatcher | undefined {
  if (!isRecord(value)) return value === undefined || value === null ? NOTHING : undefined;
  try {
    const selector = labelSelectorFromObject(toSelectorObject(value));
    return { empty: selector.length === 0, matches: (labels) => matchesLabels(selector, stringMap(labels)) };
  } catch (error) {
    if (error instanceof SelectorError) return undefined;
    throw error;
  }
}
