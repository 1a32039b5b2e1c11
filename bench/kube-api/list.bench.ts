import { performance } from 'node:perf_hooks';
import { StoreService, type WriteOp } from '@ksb/store';
import type { HttpsClient } from '../support/https-client';
import { type LatencySummary, summarize } from '../support/stats';
import type { BenchSandbox } from './bench-sandboxes';
import { kubePaths, TABLE_ACCEPT } from './kube-paths';
import { benchPod } from './pod-fixture';

export interface ListRun {
  latency: LatencySummary;
  /** Size of one answer. */
  bytes: number;
  items: number;
}

export interface ListRuns {
  pods: number;
  seedMs: number;
  json: ListRun;
  table: ListRun;
  /** StoreService.list of the same pods: the database and row decoding, without HTTP or serialization. */
  store: ListRun;
}

const BATCH = 100;
const WARMUP_LISTS = 3;
const NODES = ['sandbox-worker', 'sandbox-worker2', 'sandbox-worker3'];

/** Writes the pods straight to the store, a commit of BATCH creates at a time. */
async function seedPods(store: StoreService, sandboxId: string, count: number): Promise<number> {
  const began = performance.now();
  for (let first = 0; first < count; first += BATCH) {
    const ops: WriteOp[] = [];
    for (let i = first; i < Math.min(count, first + BATCH); i++) {
      ops.push({ op: 'create', resource: 'pods', namespace: 'default', object: benchPod(i, NODES[i % NODES.length]) });
    }
    await store.commit(sandboxId, ops);
  }
  return performance.now() - began;
}

/**
 * Runs `list` WARMUP_LISTS times unmeasured, then `times` times one after the other; the last answer is
 * described (parsed) outside the timing.
 */
async function timed<T>(
  times: number,
  list: () => Promise<T>,
  describe: (answer: T) => { bytes: number; items: number },
): Promise<ListRun> {
  for (let i = 0; i < WARMUP_LISTS; i++) await list();
  const latencies: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < times; i++) {
    const began = performance.now();
    last = await list();
    latencies.push(performance.now() - began);
  }
  return { latency: summarize(latencies), ...(last === undefined ? { bytes: 0, items: 0 } : describe(last)) };
}

/** Size and length of a List (`items`) or Table (`rows`) answer. */
const describeBody =
  (field: 'items' | 'rows') =>
  (body: Buffer): { bytes: number; items: number } => {
    const parsed = JSON.parse(body.toString()) as Record<string, unknown>;
    const list = parsed[field];
    return { bytes: body.length, items: Array.isArray(list) ? list.length : 0 };
  };

export async function runLists(
  client: HttpsClient,
  store: StoreService,
  sandbox: BenchSandbox,
  pods: number,
  times: number,
): Promise<ListRuns> {
  const seedMs = await seedPods(store, sandbox.id, pods);
  const httpList = (accept: string | undefined) => async () => {
    const reply = await client.expect(200, {
      method: 'GET',
      path: kubePaths.pods(sandbox.id),
      token: sandbox.token,
      headers: accept ? { Accept: accept } : {},
    });
    return reply.body;
  };
  const json = await timed(times, httpList(undefined), describeBody('items'));
  const table = await timed(times, httpList(TABLE_ACCEPT), describeBody('rows'));
  const storeRun = await timed(
    times,
    () => store.list({ sandboxId: sandbox.id, resource: 'pods', namespace: 'default' }),
    (list) => ({ bytes: 0, items: list.items.length }),
  );
  return { pods, seedMs, json, table, store: storeRun };
}
