/**
 * Label selector model. `=`/`==` become In with one value and `!=` becomes NotIn with one
 * value: they match identically upstream, and one shape keeps consumers simple.
 */
export type LabelOperator = 'In' | 'NotIn' | 'Exists' | 'DoesNotExist' | 'Gt' | 'Lt';

export interface LabelRequirement {
  key: string;
  operator: LabelOperator;
  values: string[];
}

/** Requirements ANDed together; empty selects everything. */
export type LabelSelector = LabelRequirement[];
