import type { CpuProbe } from '../support/cpu-probe';
import type { CpuUse } from '../support/cpu-sample';
import type { HttpsClient } from '../support/https-client';
import { type OpenLoopResult, runOpenLoop } from '../support/open-loop';
import { type Stalls, withStalls } from '../support/stalls';
import type { BenchSandbox } from './bench-sandboxes';
import { configMapBody, kubePaths } from './kube-paths';

export interface CreateRun {
  ratePerSecond: number;
  result: OpenLoopResult;
  cpu: CpuUse;
  /** Event-loop delay and GC pauses of this process (client and server) during the measured run. */
  stalls: Stalls;
}

export interface CreateOptions {
  ratePerSecond: number;
  durationMs: number;
  warmupMs: number;
  probe: CpuProbe;
}

/** In flight beyond this, a due create is skipped: ~2 s of backlog at 500/s. */
const MAX_IN_FLIGHT = 1000;

/**
 * POSTs of new ConfigMaps at a fixed rate (open loop), round-robin over the sandboxes. Latency counts from
 * each create's scheduled start. A shorter unmeasured run first warms the create path.
 */
export async function runCreates(
  client: HttpsClient,
  sandboxes: BenchSandbox[],
  options: CreateOptions,
): Promise<CreateRun> {
  const create = (prefix: string) => async (seq: number) => {
    const sandbox = sandboxes[seq % sandboxes.length];
    await client.expect(201, {
      method: 'POST',
      path: kubePaths.configMaps(sandbox.id),
      token: sandbox.token,
      body: configMapBody(`${prefix}-${seq}`, { seq: String(seq), payload: 'x'.repeat(200) }),
      headers: { 'Content-Type': 'application/json' },
    });
  };
  const pacing = { ratePerSecond: options.ratePerSecond, maxInFlight: MAX_IN_FLIGHT };
  if (options.warmupMs > 0) await runOpenLoop({ ...pacing, durationMs: options.warmupMs }, create('bench-warm'));
  const run = await options.probe.measure(() =>
    withStalls(() => runOpenLoop({ ...pacing, durationMs: options.durationMs }, create('bench-create'))),
  );
  return { ratePerSecond: options.ratePerSecond, result: run.result.result, cpu: run.cpu, stalls: run.result.stalls };
}
