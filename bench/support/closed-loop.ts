import { performance } from 'node:perf_hooks';

export interface LoopResult {
  /** Operations that completed without error inside the window. */
  ops: number;
  errors: number;
  firstError?: string;
  elapsedMs: number;
  latenciesMs: number[];
}

/**
 * Closed-loop load: `clients` loops, each starting its next operation when the previous one ends, for
 * `durationMs`. Operations still running at the deadline are awaited but not counted.
 */
export async function runClosedLoop(
  clients: number,
  durationMs: number,
  operation: (client: number) => Promise<void>,
): Promise<LoopResult> {
  const result: LoopResult = { ops: 0, errors: 0, elapsedMs: 0, latenciesMs: [] };
  const start = performance.now();
  const deadline = start + durationMs;
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
  result.elapsedMs = Math.min(performance.now(), deadline) - start;
  return result;
}
