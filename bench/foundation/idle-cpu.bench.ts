import { setTimeout as sleep } from 'node:timers/promises';
import type { CpuUse } from '../support/cpu-sample';
import { cpuPer, type CpuProbe } from '../support/cpu-probe';
import { createWorkerApp } from '../../apps/worker/src/worker.app';

export interface IdleCpu {
  windowMs: number;
  /** CPU per wall-clock second over the window, in ms (1000 = one core busy). */
  perSecond: CpuUse;
}

/**
 * Starts the worker's control loops (compaction and sandbox expiry, with their periodic resync) in this
 * process, lets its start-up settle, then measures the CPU this process, Redis and Postgres use while
 * nothing happens.
 */
export async function measureIdleCpu(probe: CpuProbe, windowMs: number, settleMs: number): Promise<IdleCpu> {
  const worker = await createWorkerApp({ healthPort: 0 });
  try {
    await sleep(settleMs);
    const idle = await probe.measure(() => sleep(windowMs));
    return { windowMs: idle.elapsedMs, perSecond: cpuPer(idle.cpu, idle.elapsedMs / 1000) };
  } finally {
    await worker.close();
  }
}
