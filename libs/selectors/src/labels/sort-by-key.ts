import { compareGoStrings } from '@ksb/validation';
import type { LabelRequirement } from './types';

/**
 * Requirements ordered by key, as upstream orders every selector it builds, so printing and
 * the first reported error are deterministic. Stable: equal keys keep their input order.
 */
export function sortByKey(requirements: readonly LabelRequirement[]): LabelRequirement[] {
  return [...requirements].sort((left, right) => compareGoStrings(left.key, right.key));
}
