import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@ksb/database';
import { RedisConnections } from '@ksb/redis';

/** 'up', or why the check failed. */
type CheckResult = string;

export interface Readiness {
  ready: boolean;
  checks: Record<'database' | 'redis', CheckResult>;
}

const CHECK_TIMEOUT_MS = 2000;

async function probe(check: () => Promise<unknown>): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS))),
    ]);
    return 'up';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether this process can reach what it needs: Postgres and Redis. */
@Injectable()
export class ReadinessService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly redis: RedisConnections,
  ) {}

  async check(): Promise<Readiness> {
    const [database, redis] = await Promise.all([
      probe(() => this.pool.query('SELECT 1')),
      probe(() => this.redis.client.ping()),
    ]);
    return { ready: database === 'up' && redis === 'up', checks: { database, redis } };
  }
}
