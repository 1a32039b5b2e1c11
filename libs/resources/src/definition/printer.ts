import type { ResourceObject } from '../objects/resource-object';

/** A cell as it goes into a Table row: Go prints int64, bool and string cells. */
export type TableCell = string | number | boolean;

/** OpenAPI type of a column ("date" only for the default Created At column). */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** metav1.TableColumnDefinition. Priority 0 columns print always, 1 only with -o wide. */
export interface PrinterColumn {
  name: string;
  type: ColumnType;
  format: string;
  description: string;
  priority: number;
}

/** metav1.TableRowCondition: upstream marks finished pods Completed on their row. */
export interface RowCondition {
  type: string;
  status: string;
  reason: string;
  message: string;
}

/** The columns of a kind and how one object fills them; `now` makes ages testable. */
export interface Printer {
  columns: readonly PrinterColumn[];
  row(object: ResourceObject, now: Date): TableCell[];
  conditions?(object: ResourceObject): RowCondition[];
}
