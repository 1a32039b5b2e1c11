import { performance } from 'node:perf_hooks';
import type Redis from 'ioredis';
import { cpuBetween, type CpuUse, sampleCpu } from './cpu-sample';

export interface Measured<T> {
  result: T;
  elapsedMs: number;
  /** CPU used while `work` ran, in ms: this process, Redis, Postgres (null when not observable). */
  cpu: CpuUse;
}

/** Measures the CPU this process, Redis and (when on this host) Postgres spend on a piece of work. */
export class CpuProbe {
  constructor(
    private readonly redis: Redis,
    private readonly postmaster: number | null,
  ) {}

  get seesPostgres(): boolean {
    return this.postmaster !== null;
  }

  async measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
    const before = await sampleCpu(this.redis, this.postmaster, 'open');
    const started = performance.now();
    const result = await work();
    const elapsedMs = performance.now() - started;
    const after = await sampleCpu(this.redis, this.postmaster, 'close');
    return { result, elapsedMs, cpu: cpuBetween(before, after) };
  }
}

/** CPU per unit (per second of wall time, per operation...), keeping "not observable" as null. */
export function cpuPer(cpu: CpuUse, units: number): CpuUse {
  const per = (value: number | null) => (value === null || units <= 0 ? null : value / units);
  return { processMs: cpu.processMs / units, redisMs: per(cpu.redisMs), postgresMs: per(cpu.postgresMs) };
}
