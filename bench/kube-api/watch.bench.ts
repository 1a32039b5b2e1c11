import { setTimeout as sleep } from 'node:timers/promises';
import type { StoreService } from '@ksb/store';
import type { CpuProbe } from '../support/cpu-probe';
import type { CpuUse } from '../support/cpu-sample';
import type { HttpsClient } from '../support/https-client';
import { type MemorySample, settledMemory } from '../support/memory';
import { type Stalls, withStalls } from '../support/stalls';
import type { BenchSandbox } from './bench-sandboxes';
import type { KubeEndpoint } from './kube-endpoint';
import { configMapBody, kubePaths } from './kube-paths';
import type { DeliveryResult, WatchTarget } from './watch-client/protocol';
import { WatchProcess } from './watch-client/watch-process';

export const WATCH_CONFIG_MAP = 'bench-watch';

export interface WatchOptions {
  watches: number;
  writeRate: number;
  durationMs: number;
  warmupMs: number;
  probe: CpuProbe;
}

export interface WatchRun {
  requested: number;
  opened: number;
  failed: number;
  firstError?: string;
  openMs: number;
  /** This process: the endpoint (and the idle bench context), without any client socket. */
  server: { before: MemorySample; after: MemorySample };
  /** The forked watch process: the watches' client side. */
  client: { before: MemorySample; after: MemorySample };
  delivery: DeliveryResult;
  /** CPU of this process (the server), Redis and Postgres during the measured writes. */
  writeCpu: CpuUse;
  /** Event-loop delay and GC pauses of the server during the measured writes. */
  writeStalls: Stalls;
  /** The same writes before any watch was open: what the fan-out adds is the difference. */
  unwatched: DeliveryResult;
  unwatchedCpu: CpuUse;
}

const OPEN_CONCURRENCY = 50;
const SETTLE_MS = 500;
const DRAIN_MS = 5000;
const OPEN_TIMEOUT_MS = 120_000;
const WARMUP_FIRST_SEQ = 1_000_000;
const UNWATCHED_FIRST_SEQ = 2_000_000;
/** Length of the writes without watches (they also warm the patch path up). */
const UNWATCHED_MS = 4000;

/** A ConfigMap per sandbox for the writes. */
async function watchTargets(client: HttpsClient, sandboxes: BenchSandbox[]): Promise<WatchTarget[]> {
  const targets: WatchTarget[] = [];
  for (const sandbox of sandboxes) {
    await client.expect(201, {
      method: 'POST',
      path: kubePaths.configMaps(sandbox.id),
      token: sandbox.token,
      body: configMapBody(WATCH_CONFIG_MAP, { counter: '0' }),
      headers: { 'Content-Type': 'application/json' },
    });
    targets.push({ sandboxId: sandbox.id, token: sandbox.token, configMap: WATCH_CONFIG_MAP });
  }
  return targets;
}

/**
 * Opens the watches from a forked process (so this process holds only their server side), measures both
 * processes' memory before and after, then writes at a modest rate and collects commit-to-delivery times.
 */
export async function runWatches(
  endpoint: KubeEndpoint,
  client: HttpsClient,
  store: StoreService,
  sandboxes: BenchSandbox[],
  options: WatchOptions,
): Promise<WatchRun> {
  const targets = await watchTargets(client, sandboxes);
  const watchesPerSandbox = Math.max(1, Math.round(options.watches / sandboxes.length));
  const watcher = new WatchProcess();
  try {
    await watcher.next('ready', OPEN_TIMEOUT_MS);
    const { host, port, caPem } = endpoint;
    watcher.send({ type: 'configure', host, port, caPem, targets, watchesPerSandbox });
    const write = async (durationMs: number, firstSeq: number) => {
      watcher.send({ type: 'write', ratePerSecond: options.writeRate, durationMs, firstSeq, drainMs: DRAIN_MS });
      return (await watcher.next('delivered', durationMs + DRAIN_MS + OPEN_TIMEOUT_MS)).result;
    };
    const unwatched = await options.probe.measure(() => write(UNWATCHED_MS, UNWATCHED_FIRST_SEQ));

    // Each sandbox's watches start at its current revision: nothing to replay.
    const resourceVersions = await Promise.all(
      targets.map(async (target) => String(await store.currentRevision(target.sandboxId))),
    );
    const serverBefore = await settledMemory();
    watcher.send({ type: 'open', concurrency: OPEN_CONCURRENCY, resourceVersions });
    const opened = await watcher.next('opened', OPEN_TIMEOUT_MS);
    await sleep(SETTLE_MS);
    const serverAfter = await settledMemory();
    // The delivery path has not run yet: warm it up, discarding what it delivers.
    if (options.warmupMs > 0) await write(options.warmupMs, WARMUP_FIRST_SEQ);
    const written = await options.probe.measure(() => withStalls(() => write(options.durationMs, 0)));
    return {
      requested: targets.length * watchesPerSandbox,
      opened: opened.opened,
      failed: opened.failed,
      firstError: opened.firstError,
      openMs: opened.openMs,
      server: { before: serverBefore, after: serverAfter },
      client: { before: opened.before, after: opened.after },
      delivery: written.result.result,
      writeCpu: written.cpu,
      writeStalls: written.result.stalls,
      unwatched: unwatched.result,
      unwatchedCpu: unwatched.cpu,
    };
  } finally {
    await watcher.stop();
  }
}
