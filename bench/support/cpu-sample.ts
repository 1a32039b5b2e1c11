import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import type Redis from 'ioredis';
import type { Pool } from 'pg';

/** CPU time (user + system) used so far, in milliseconds; null when it cannot be observed. */
export interface CpuSample {
  processMs: number;
  redisMs: number | null;
  postgres: Map<number, number> | null;
}

export interface CpuUse {
  processMs: number;
  redisMs: number | null;
  postgresMs: number | null;
}

let clockTicks: number | undefined;
/** USER_HZ: the unit of the CPU times in /proc. */
export function ticksPerSecond(): number {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** utime + stime in ms and the parent pid of a process, from /proc/<pid>/stat. */
function procStat(pid: number): { cpuMs: number; ppid: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return { cpuMs: (ticks / ticksPerSecond()) * 1000, ppid: Number(fields[1]) };
  } catch {
    return null;
  }
}

/** The postmaster's pid when Postgres runs on this host (its backends are then visible in /proc). */
export async function localPostmasterPid(pool: Pool, databaseUrl: string): Promise<number | null> {
  const host = new URL(databaseUrl).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1', ''].includes(host)) return null;
  const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const backend = rows[0] ? procStat(rows[0].pid) : null;
  return backend ? backend.ppid : null;
}

/** CPU of the postmaster and all its children (backends, autovacuum, checkpointer, WAL writer...). */
function postgresCpu(postmaster: number): Map<number, number> | null {
  const all = new Map<number, number>();
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const name of pids) {
    const pid = Number(name);
    const stat = procStat(pid);
    if (stat && (pid === postmaster || stat.ppid === postmaster)) all.set(pid, stat.cpuMs);
  }
  return all.size ? all : null;
}

async function redisCpuMs(redis: Redis): Promise<number | null> {
  try {
    const info = await redis.info('cpu');
    const field = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(info)?.[1] ?? NaN);
    const seconds = field('used_cpu_sys') + field('used_cpu_user');
    return Number.isFinite(seconds) ? seconds * 1000 : null;
  } catch {
    return null;
  }
}

const processCpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

/**
 * Samples this process last when opening a window and first when closing it, so the sampling itself
 * (a Redis INFO, a /proc scan) is not charged to the process.
 */
export async function sampleCpu(redis: Redis, postmaster: number | null, at: 'open' | 'close'): Promise<CpuSample> {
  const early = at === 'close' ? processCpuMs() : 0;
  const redisMs = await redisCpuMs(redis);
  const postgres = postmaster === null ? null : postgresCpu(postmaster);
  return { processMs: at === 'close' ? early : processCpuMs(), redisMs, postgres };
}

/** CPU used between two samples; a Postgres process started in between counts from zero. */
export function cpuBetween(before: CpuSample, after: CpuSample): CpuUse {
  let postgresMs: number | null = null;
  if (before.postgres && after.postgres) {
    postgresMs = 0;
    for (const [pid, ms] of after.postgres) postgresMs += ms - (before.postgres.get(pid) ?? 0);
  }
  return {
    processMs: after.processMs - before.processMs,
    redisMs: before.redisMs !== null && after.redisMs !== null ? after.redisMs - before.redisMs : null,
    postgresMs,
  };
}
