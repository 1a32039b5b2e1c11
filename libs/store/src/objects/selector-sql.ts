import type { FieldSelector, LabelSelector } from '@ksb/selectors';

/** Appends parameters and returns their placeholders, so selector SQL never interpolates user text. */
export class SqlParams {
  readonly values: unknown[] = [];
  constructor(initial: unknown[] = []) {
    this.values.push(...initial);
  }
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

export function labelSelectorSql(selector: LabelSelector, params: SqlParams): string[] {
  return selector.map((req) => {
    const key = params.add(req.key);
    const value = `(labels->>${key})`;
    switch (req.operator) {
      case 'In':
        return `${value} = ANY(${params.add(req.values)}::text[])`;
      case 'NotIn':
        return `(${value} IS NULL OR NOT (${value} = ANY(${params.add(req.values)}::text[])))`;
      case 'Exists':
        return `jsonb_exists(labels, ${key})`;
      case 'DoesNotExist':
        return `NOT jsonb_exists(labels, ${key})`;
      case 'Gt':
      case 'Lt': {
        const op = req.operator === 'Gt' ? '>' : '<';
        // Upstream compares as integers and skips values that are not integers.
        return `(${value} ~ '^-?[0-9]+$' AND ${value}::numeric ${op} ${params.add(req.values[0])}::numeric)`;
      }
    }
  });
}

const COLUMN_FIELDS: Record<string, string> = { 'metadata.name': 'name', 'metadata.namespace': 'namespace' };

export function fieldSelectorSql(selector: FieldSelector, params: SqlParams): string[] {
  return selector.map((req) => {
    const column = COLUMN_FIELDS[req.field];
    const value = column ?? `COALESCE(fields->>${params.add(req.field)}, '')`;
    const op = req.operator === 'Equals' ? '=' : '<>';
    return `${value} ${op} ${params.add(req.value)}`;
  });
}
