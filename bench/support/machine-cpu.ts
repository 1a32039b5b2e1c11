import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { ticksPerSecond } from './cpu-sample';

/** Busy CPU of the whole host (all processes, not only this benchmark's), from /proc/stat. */
export interface MachineSample {
  atMs: number;
  /** Busy jiffies summed over all CPUs (total minus idle and iowait); null off Linux. */
  busyTicks: number | null;
  loadAverage: number;
}

export interface MachineLoad {
  cores: number;
  /** Cores busy on average over the window, every process of the host counted; null when unknown. */
  busyCores: number | null;
  loadBefore: number;
  loadAfter: number;
}

function busyTicks(): number | null {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal ...: busy is all but idle and iowait.
    const [user, nice, system, , , irq, softirq, steal] = fields;
    return user + nice + system + irq + softirq + (steal ?? 0);
  } catch {
    return null;
  }
}

export function sampleMachine(): MachineSample {
  return { atMs: performance.now(), busyTicks: busyTicks(), loadAverage: loadavg()[0] };
}

/** What the host was doing between two samples: other work running beside the benchmark skews its tails. */
export function machineLoad(before: MachineSample, after: MachineSample): MachineLoad {
  const seconds = (after.atMs - before.atMs) / 1000;
  const busy =
    before.busyTicks === null || after.busyTicks === null || seconds <= 0
      ? null
      : (after.busyTicks - before.busyTicks) / ticksPerSecond() / seconds;
  return {
    cores: availableParallelism(),
    busyCores: busy,
    loadBefore: before.loadAverage,
    loadAfter: after.loadAverage,
  };
}
