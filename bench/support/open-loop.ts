import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

export interface OpenLoopOptions {
  ratePerSecond: number;
  durationMs: number;
  /** An operation due while this many are still running is skipped (and counted), so overload stays bounded. */
  maxInFlight: number;
}

export interface OpenLoopResult {
  scheduled: number;
  completed: number;
  errors: number;
  skipped: number;
  firstError?: string;
  /** From the first scheduled start to the last completion. */
  elapsedMs: number;
  /** Completion minus scheduled start: a late start counts against the operation (no coordinated omission). */
  latenciesMs: number[];
  /** The latest any operation started behind its schedule. */
  maxStartLagMs: number;
}

/**
 * Open-loop load: operation `seq` is due at `seq / rate` seconds and starts then, whether or not earlier
 * ones have finished, until `durationMs` worth of operations were started; then waits for the last one.
 */
export async function runOpenLoop(
  options: OpenLoopOptions,
  operation: (seq: number) => Promise<void>,
): Promise<OpenLoopResult> {
  const total = Math.round((options.ratePerSecond * options.durationMs) / 1000);
  const interval = 1000 / options.ratePerSecond;
  const result: OpenLoopResult = {
    scheduled: total,
    completed: 0,
    errors: 0,
    skipped: 0,
    elapsedMs: 0,
    latenciesMs: [],
    maxStartLagMs: 0,
  };
  const running = new Set<Promise<void>>();
  const start = performance.now();
  let lastEnd = start;
  const fire = (seq: number): void => {
    const due = start + seq * interval;
    result.maxStartLagMs = Math.max(result.maxStartLagMs, performance.now() - due);
    if (running.size >= options.maxInFlight) {
      result.skipped++;
      return;
    }
    const run: Promise<void> = operation(seq)
      .then(
        () => {
          const end = performance.now();
          result.completed++;
          result.latenciesMs.push(end - due);
          lastEnd = Math.max(lastEnd, end);
        },
        (error: unknown) => {
          result.errors++;
          result.firstError ??= error instanceof Error ? error.message : String(error);
        },
      )
      .finally(() => running.delete(run));
    running.add(run);
  };
  for (let seq = 0; seq < total;) {
    const due = Math.min(total, Math.floor((performance.now() - start) / interval) + 1);
    while (seq < due) fire(seq++);
    if (seq < total) await sleep(Math.max(1, start + seq * interval - performance.now()));
  }
  await Promise.all(running);
  result.elapsedMs = lastEnd - start;
  return result;
}
