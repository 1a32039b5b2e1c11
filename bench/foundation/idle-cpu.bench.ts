import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type Redis from 'ioredis';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { cpuBetween, type CpuUse, sampleCpu } from '../support/cpu';

export interface IdleCpu {
  windowMs: number;
  /** CPU per wall-clock second over the window, in ms (1000 = one core busy). */
  perSecond: CpuUse;
}

const perSecond = (value: number | null, windowMs: number): number | null =>
  value === null ? null : (value / windowMs) * 1000;

/**
 * Starts the worker's control loops (compaction and sandbox expiry, with their periodic resync) in this
 * process, lets its start-up settle, then measures the CPU this process, Redis and Postgres use while
 * nothing happens.
 */
export async function measureIdleCpu(
  redis: Redis,
  postmaster: number | null,
  windowMs: number,
  settleMs: number,
): Promise<IdleCpu> {
  const worker = await createWorkerApp({ healthPort: 0 });
  try {
    await sleep(settleMs);
    const before = await sampleCpu(redis, postmaster, 'open');
    const started = performance.now();
    await sleep(windowMs);
    const after = await sampleCpu(redis, postmaster, 'close');
    const elapsed = performance.now() - started;
    const used = cpuBetween(before, after);
    return {
      windowMs: elapsed,
      perSecond: {
        processMs: (used.processMs / elapsed) * 1000,
        redisMs: perSecond(used.redisMs, elapsed),
        postgresMs: perSecond(used.postgresMs, elapsed),
      },
    };
  } finally {
    await worker.close();
  }
}
