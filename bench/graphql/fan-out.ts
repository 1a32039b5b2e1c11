import { join } from 'node:path';
import { machineLoad, sampleMachine } from '../support/machine-cpu';
import type { MemorySample } from '../support/memory';
import type { OpenLoopResult } from '../support/open-loop';
import type { Stalls } from '../support/stalls';
import type { GraphqlSandbox } from './fixture';
import { POD_EVENTS_SUBSCRIPTION } from './pod-events.query';
import { type Pace, type WriteRun, writePods } from './pod-writer';
import { childrenCpu } from './process-cpu';
import { apiSettled, type BenchProcesses } from './processes';
import { type DeliveryResult, epochMs, type OpenOutcome } from './subscribers/protocol';

const IPC_TIMEOUT_MS = 30_000;
const SNAPSHOT_TIMEOUT_MS = 120_000;
/** An overloaded API process may take this long to answer again after its subscribers left. */
const SETTLE_TIMEOUT_MS = 120_000;
const OPEN_TIMEOUT_MS = 180_000;
/** Stop waiting for missing events once none arrived for this long. */
const QUIET_MS = 3000;

/** CPU used during a measured run (writes and the wait for their events), in ms; null: not observable. */
export interface RunCpu {
  elapsedMs: number;
  /** Cores busy on the whole host meanwhile, every process counted (other work on the host included). */
  hostCores: number | null;
  /** This process: the writer's store calls (and IPC). */
  writerMs: number;
  apiMs: number | null;
  subscribersMs: number | null;
  redisMs: number | null;
  postgresMs: number | null;
}

/** Writes at a pace while something listens, and what reached the listeners. */
export interface MeasuredRun {
  writes: OpenLoopResult;
  delivery: DeliveryResult;
  cpu: RunCpu;
  /** The API process's event loop and GC while the run lasted. */
  stalls: Stalls;
}

export interface FanOutSpec {
  label: string;
  sandboxes: GraphqlSandbox[];
  perSandbox: number;
  pace: Pace;
  drainMs: number;
  openConcurrency: number;
  /** Where the API process writes a heap snapshot at each memory sample (none when unset). */
  heapDir?: string;
}

export interface FanOutRun extends MeasuredRun {
  label: string;
  sandboxes: number;
  perSandbox: number;
  connect: OpenOutcome;
  subscribe: OpenOutcome;
  /**
   * The API process after full GCs: before any connection, with the connections, with their subscriptions
   * (server idle again, no event yet), and after the warm-up delivered an event to each.
   */
  server: { idle: MemorySample; connected: MemorySample; subscribed: MemorySample; warm: MemorySample };
  /** One write of every pod after subscribing: every subscription live, delivery path warm. */
  warmup: DeliveryResult;
}

/** Deliveries the warm-up may cost at most, beyond one write of every pod. */
const WARMUP_DELIVERIES = 20_000;

/**
 * Every pod once (each subscription then has proven live), plus up to a second of writes as long as their
 * fan-out stays small: the writer's and the server's code paths are then compiled before the measurement.
 */
const warmupWrites = (pods: number, rate: number, subscribers: number): number =>
  Math.max(pods, Math.min(rate, Math.floor(WARMUP_DELIVERIES / Math.max(1, subscribers))));

/** Closes every subscriber (an overloaded server then drops its backlog) and waits for the server to idle. */
async function closeAll(p: BenchProcesses): Promise<void> {
  await p.subscribers.ask({ type: 'close' }, 'closed', IPC_TIMEOUT_MS);
  await apiSettled(p);
}

async function serverMemory(p: BenchProcesses, spec: FanOutSpec, phase: string): Promise<MemorySample> {
  const name = `${spec.label.replace(/\W+/g, '-')}.${phase}.heapsnapshot`;
  const snapshot = spec.heapDir ? join(spec.heapDir, name) : undefined;
  return (await p.api.ask({ type: 'memory', snapshot }, 'memory', SNAPSHOT_TIMEOUT_MS)).sample;
}

/**
 * Runs `write`, then waits for its events at the subscribers; CPU of every process and the server's stalls.
 * `settle` runs between the end of the wait and the stalls report: an overloaded API process answers IPC only
 * once its backlog is gone, which closing the subscribers cuts short.
 */
export async function measure(
  p: BenchProcesses,
  write: () => Promise<WriteRun>,
  drainMs: number,
  settle?: () => Promise<void>,
): Promise<MeasuredRun> {
  await p.api.ask({ type: 'stalls-start' }, 'stalls-started', IPC_TIMEOUT_MS);
  const host = sampleMachine();
  const measured = await p.probe.measure(() =>
    childrenCpu([p.api.pid, p.subscribers.pid], async () => {
      const run = await write();
      const collect = { type: 'collect', writes: run.records, drainMs, quietMs: QUIET_MS } as const;
      const collected = await p.subscribers.ask(collect, 'collected', drainMs + IPC_TIMEOUT_MS);
      return { writes: run.loop, delivery: collected.result, endedMs: epochMs() };
    }),
  );
  await settle?.();
  const { endedMs, ...result } = measured.result.result;
  const stopStalls = { type: 'stalls-stop', untilMs: endedMs } as const;
  const { stalls } = await p.api.ask(stopStalls, 'stalls', SETTLE_TIMEOUT_MS);
  const [apiMs, subscribersMs] = measured.result.cpuMs;
  return {
    ...result,
    cpu: {
      elapsedMs: measured.elapsedMs,
      hostCores: machineLoad(host, sampleMachine()).busyCores,
      writerMs: measured.cpu.processMs,
      apiMs,
      subscribersMs,
      redisMs: measured.cpu.redisMs,
      postgresMs: measured.cpu.postgresMs,
    },
    stalls,
  };
}

/**
 * Opens `perSandbox` graphql-ws connections per sandbox, subscribes each to podEvents from the sandbox's
 * current revision, warms up (every pod written once: all subscriptions proven live), then writes the pods
 * at the pace and collects commit-to-client latencies. The API process's memory is sampled after full GCs
 * before connecting, after connecting, after subscribing and after the warm-up. Closes the connections
 * at the end and waits for the API process to be idle again.
 */
export async function runFanOut(p: BenchProcesses, spec: FanOutSpec): Promise<FanOutRun> {
  const targets = spec.sandboxes.map(({ sandboxId, token }) => ({ sandboxId, token }));
  const pods = spec.sandboxes.flatMap((sandbox) => sandbox.pods);
  try {
    const idle = await serverMemory(p, spec, 'idle');
    const connectCommand = {
      type: 'connect',
      url: p.url,
      targets,
      perTarget: spec.perSandbox,
      concurrency: spec.openConcurrency,
    } as const;
    const connect = await p.subscribers.ask(connectCommand, 'connected', OPEN_TIMEOUT_MS);
    const connected = await serverMemory(p, spec, 'connected');
    const revisions = await p.store.revisions(targets.map((target) => target.sandboxId));
    const fromRevisions = targets.map((target) => String(revisions.get(target.sandboxId) ?? 0));
    const subscribeCommand = { type: 'subscribe', query: POD_EVENTS_SUBSCRIPTION, fromRevisions } as const;
    const subscribe = await p.subscribers.ask(subscribeCommand, 'subscribed', OPEN_TIMEOUT_MS);
    // graphql-ws does not acknowledge a subscription: the server has set them all up once it is idle.
    await apiSettled(p);
    const subscribed = await serverMemory(p, spec, 'subscribed');

    const warmupPace = {
      ratePerSecond: spec.pace.ratePerSecond,
      durationMs: (warmupWrites(pods.length, spec.pace.ratePerSecond, connect.opened) / spec.pace.ratePerSecond) * 1000,
    };
    const warmup = await measure(p, () => writePods(p.store, pods, warmupPace), spec.drainMs);
    await apiSettled(p);
    const warm = await serverMemory(p, spec, 'warm');
    // The forced GCs leave the heap to sweep and compact: not part of the measured run.
    await apiSettled(p);

    const run = await measure(
      p,
      () => writePods(p.store, pods, spec.pace),
      spec.drainMs,
      () => closeAll(p),
    );
    return {
      label: spec.label,
      sandboxes: spec.sandboxes.length,
      perSandbox: spec.perSandbox,
      connect,
      subscribe,
      server: { idle, connected, subscribed, warm },
      warmup: warmup.delivery,
      ...run,
    };
  } finally {
    await closeAll(p);
  }
}
