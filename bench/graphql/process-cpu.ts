import { readFileSync } from 'node:fs';
import { ticksPerSecond } from '../support/cpu-sample';

/**
 * CPU time (user + system) a process has used so far, in ms, from /proc/<pid>/stat; null off Linux.
 * Read from outside, so a saturated child is measured without waiting for its event loop.
 */
export function processCpuMs(pid: number): number | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) / ticksPerSecond()) * 1000;
  } catch {
    return null;
  }
}

/** CPU used by each of the processes while `work` ran (null entries when not observable). */
export async function childrenCpu<T>(
  pids: number[],
  work: () => Promise<T>,
): Promise<{ result: T; cpuMs: (number | null)[] }> {
  const before = pids.map(processCpuMs);
  const result = await work();
  const after = pids.map(processCpuMs);
  return {
    result,
    cpuMs: pids.map((_, i) => {
      const [a, b] = [before[i], after[i]];
      return a === null || b === null ? null : b - a;
    }),
  };
}
