import { Pool } from 'pg';
import { type LoopResult, runClosedLoop } from '../support/closed-loop';

/**
 * The Postgres baseline: autocommit single-row INSERTs into a scratch table through a pool of the app's
 * size, from the same number of clients as the store benchmark.
 */
export async function runRawCommits(
  databaseUrl: string,
  poolSize: number,
  clients: number,
  durationMs: number,
  warmupMs: number,
): Promise<LoopResult> {
  const pool = new Pool({ connectionString: databaseUrl, max: poolSize, application_name: 'kube-sandbox-bench' });
  try {
    await pool.query('DROP TABLE IF EXISTS bench_raw');
    await pool.query('CREATE TABLE bench_raw (id serial, v int)');
    const insert = async (client: number): Promise<void> => {
      await pool.query('INSERT INTO bench_raw (v) VALUES ($1)', [client]);
    };
    await runClosedLoop(clients, warmupMs, insert);
    return await runClosedLoop(clients, durationMs, insert);
  } finally {
    await pool.query('DROP TABLE IF EXISTS bench_raw').catch(() => undefined);
    await pool.end();
  }
}
