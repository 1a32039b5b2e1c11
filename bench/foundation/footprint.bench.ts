import type { Pool } from 'pg';

/** Every table a sandbox has rows in (directly or through its tenant). */
export const FOOTPRINT_TABLES = [
  'tenants',
  'users',
  'api_tokens',
  'sandboxes',
  'store_revisions',
  'store_objects',
  'store_changes',
] as const;

export interface TableFootprint {
  table: string;
  /** pg_total_relation_size: heap, indexes, TOAST, free space and visibility maps. */
  bytes: number;
  rows: number;
}

export type Footprint = Map<string, TableFootprint>;

export async function measureFootprint(pool: Pool): Promise<Footprint> {
  const counts = FOOTPRINT_TABLES.map((table) => `SELECT '${table}' AS table, count(*) AS rows FROM "${table}"`);
  const { rows } = await pool.query<{ table: string; bytes: string; rows: string }>(
    `SELECT c.table, pg_total_relation_size(c.table::regclass) AS bytes, c.rows
       FROM (${counts.join(' UNION ALL ')}) c`,
  );
  return new Map(
    rows.map((row) => [row.table, { table: row.table, bytes: Number(row.bytes), rows: Number(row.rows) }]),
  );
}

export interface FootprintDelta {
  perTable: { table: string; bytesPerSandbox: number; rowsPerSandbox: number }[];
  bytesPerSandbox: number;
}

/** What `sandboxes` new sandboxes added, per sandbox, table by table. */
export function footprintDelta(before: Footprint, after: Footprint, sandboxes: number): FootprintDelta {
  const perTable = FOOTPRINT_TABLES.map((table) => {
    const b = before.get(table);
    const a = after.get(table);
    return {
      table,
      bytesPerSandbox: ((a?.bytes ?? 0) - (b?.bytes ?? 0)) / sandboxes,
      rowsPerSandbox: ((a?.rows ?? 0) - (b?.rows ?? 0)) / sandboxes,
    };
  });
  return { perTable, bytesPerSandbox: perTable.reduce((sum, t) => sum + t.bytesPerSandbox, 0) };
}
