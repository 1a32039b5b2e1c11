/** Field selectors only compare for (in)equality; `==` is read as `=`. */
export type FieldOperator = 'Equals' | 'NotEquals';

export interface FieldRequirement {
  field: string;
  operator: FieldOperator;
  value: string;
}

/** Requirements ANDed together; empty selects everything. */
export type FieldSelector = FieldRequirement[];
