import { performance } from 'node:perf_hooks';
import type { CpuUse } from './cpu-sample';
import type { CpuProbe } from './cpu-probe';

export interface LoopResult {
  /** Operations that completed without error inside the window. */
  ops: number;
  errors: number;
  firstError?: string;
  elapsedMs: number;
  latenciesMs: number[];
  /** CPU used during the window (including operations still running at its end). */
  cpu: CpuUse;
}

export interface LoopOptions {
  clients: number;
  durationMs: number;
  /** An unmeasured run of this length first (JIT, plan caches, connections). */
  warmupMs: number;
  probe: CpuProbe;
}

/**
 * Closed-loop load: `clients` loops, each starting its next operation when the previous one ends, for
 * `durationMs`. Operations still running at the deadline are awaited but not counted.
 */
async function closedLoop(clients: number, durationMs: number, operation: (client: number) => Promise<void>) {
  const result = { ops: 0, errors: 0, firstError: undefined as string | undefined, latenciesMs: [] as number[] };
  const deadline = performance.now() + durationMs;
  const loop = async (client: number): Promise<void> => {
    while (performance.now() < deadline) {
      const began = performance.now();
      try {
        await operation(client);
        const ended = performance.now();
        if (ended <= deadline) {
          result.ops++;
          result.latenciesMs.push(ended - began);
        }
      } catch (error) {
        result.errors++;
        result.firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  await Promise.all(Array.from({ length: clients }, (_, client) => loop(client)));
  return result;
}

export async function runClosedLoop(
  options: LoopOptions,
  operation: (client: number) => Promise<void>,
): Promise<LoopResult> {
  if (options.warmupMs > 0) await closedLoop(options.clients, options.warmupMs, operation);
  const run = await options.probe.measure(() => closedLoop(options.clients, options.durationMs, operation));
  return { ...run.result, elapsedMs: options.durationMs, cpu: run.cpu };
}
