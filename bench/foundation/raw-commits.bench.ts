import { Pool } from 'pg';
import { type LoopOptions, type LoopResult, runClosedLoop } from '../support/closed-loop';

/**
 * The Postgres baseline: autocommit single-row INSERTs into a scratch table through a pool of the app's
 * size, from the same number of clients as the store benchmark.
 */
export async function runRawCommits(databaseUrl: string, poolSize: number, options: LoopOptions): Promise<LoopResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'kube-sandbox-bench' });
  try {
    await pool.query('DROP TABLE IF EXISTS bench_raw');
    await pool.query('CREATE TABLE bench_raw (id serial, v int)');
    return await runClosedLoop(options, async (client) => {
      await pool.query('INSERT INTO bench_raw (v) VALUES ($1)', [client]);
    });
  } finally {
    await pool.query('DROP TABLE IF EXISTS bench_raw').catch(() => undefined);
    await pool.end();
  }
}
