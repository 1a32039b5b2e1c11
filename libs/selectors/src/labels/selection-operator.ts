import type { LabelOperator } from './types';

/** Upstream's selection.Operator spellings; validation and messages depend on the exact one. */
export type SelectionOperator = 'in' | 'notin' | '=' | '==' | '!=' | 'gt' | 'lt' | 'exists' | '!';

/** selection's binary operators in upstream order, listed in "expected:" parse errors. */
export const BINARY_OPERATORS: readonly SelectionOperator[] = ['in', 'notin', '=', '==', '!=', 'gt', 'lt'];

const PUBLIC_OPERATOR: Readonly<Record<SelectionOperator, LabelOperator>> = {
  in: 'In',
  '=': 'In',
  '==': 'In',
  notin: 'NotIn',
  '!=': 'NotIn',
  exists: 'Exists',
  '!': 'DoesNotExist',
  gt: 'Gt',
  lt: 'Lt',
};

export function toLabelOperator(operator: SelectionOperator): LabelOperator {
  return PUBLIC_OPERATOR[operator];
}
