import { performance } from 'node:perf_hooks';
import { SandboxesService } from '@ksb/sandboxes';
import { type LatencySummary, summarize } from '../support/stats';

const ADMIN = { kind: 'admin' } as const;
/** The layout of the issue: 3 nodes of 2 CPUs and 4Gi each, fast timing profile. */
const NODES = { count: 3, cpu: '2', memory: '4Gi' };

export interface ProvisioningResult {
  sandboxIds: string[];
  latency: LatencySummary;
  wallMs: number;
  perSecond: number;
  concurrency: number;
}

/**
 * Creates `count` sandboxes through SandboxesService.create (quota transaction, bootstrap commit of the
 * cluster objects, phase Ready), `concurrency` at a time, timing each create.
 */
export async function provisionSandboxes(
  sandboxes: SandboxesService,
  tenantId: string,
  count: number,
  concurrency: number,
  namePrefix: string,
): Promise<ProvisioningResult> {
  const sandboxIds: string[] = new Array<string>(count);
  const latencies: number[] = [];
  let next = 0;
  const start = performance.now();
  const lane = async (): Promise<void> => {
    for (let i = next++; i < count; i = next++) {
      const began = performance.now();
      const view = await sandboxes.create(ADMIN, {
        tenantId,
        name: `${namePrefix}-${i}`,
        nodes: NODES,
        profile: 'fast',
      });
      latencies.push(performance.now() - began);
      sandboxIds[i] = view.id;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, Math.max(count, 1)) }, lane));
  const wallMs = performance.now() - start;
  return { sandboxIds, latency: summarize(latencies), wallMs, perSecond: (count / wallMs) * 1000, concurrency };
}
