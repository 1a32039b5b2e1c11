/** Sizes and durations of a bench run; each has an environment override. */
export interface BenchOptions {
  /** Sandboxes provisioned and measured (BENCH_SANDBOXES). */
  sandboxes: number;
  /** Creates in flight during provisioning (BENCH_CONCURRENCY). */
  concurrency: number;
  /** Creates before the measurement, excluded from every figure (BENCH_WARMUP). */
  warmup: number;
  /** Sandboxes, one ConfigMap and one client each, of the store update benchmark (BENCH_UPDATE_SANDBOXES). */
  updateSandboxes: number;
  /** Length of each update / raw-commit run (BENCH_UPDATE_SECONDS). */
  updateSeconds: number;
  /** Length of each idle CPU window (BENCH_IDLE_SECONDS). */
  idleSeconds: number;
}

export function positiveInt(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${text}"`);
  return value;
}

export function benchOptions(): BenchOptions {
  const sandboxes = positiveInt('BENCH_SANDBOXES', 1000);
  return {
    sandboxes,
    concurrency: Math.max(1, positiveInt('BENCH_CONCURRENCY', 4)),
    warmup: positiveInt('BENCH_WARMUP', 20),
    updateSandboxes: Math.max(1, Math.min(sandboxes, positiveInt('BENCH_UPDATE_SANDBOXES', 50))),
    updateSeconds: Math.max(1, positiveInt('BENCH_UPDATE_SECONDS', 5)),
    idleSeconds: Math.max(1, positiveInt('BENCH_IDLE_SECONDS', 5)),
  };
}
