import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { StoreService } from '@ksb/store';
import type { CpuProbe } from '../support/cpu-probe';
import { BenchChild } from './child';
import type { ApiCommand, ApiReport } from './api-server/protocol';
import { processCpuMs } from './process-cpu';
import type { SubscriberCommand, SubscriberReport } from './subscribers/protocol';

const START_TIMEOUT_MS = 120_000;
const SETTLE_POLL_MS = 250;
/** A process using less than this share of a core is taken as idle. */
const IDLE_SHARE = 0.1;
const SETTLE_MAX_MS = 30_000;

/** The benchmark's processes: the API server, the subscribers, and this one (the writer). */
export interface BenchProcesses {
  api: BenchChild<ApiCommand, ApiReport>;
  subscribers: BenchChild<SubscriberCommand, SubscriberReport>;
  /** ws://127.0.0.1:<port>/graphql */
  url: string;
  httpUrl: string;
  store: StoreService;
  probe: CpuProbe;
}

/**
 * Forks the API server (waits until it listens) and the subscriber process (built beside this file); with
 * `profileDir` the API process writes a CPU profile there when it exits.
 */
export async function startProcesses(
  store: StoreService,
  probe: CpuProbe,
  profileDir?: string,
): Promise<BenchProcesses> {
  const api = new BenchChild<ApiCommand, ApiReport>('API process', join(__dirname, 'api-server', 'main.js'), {
    execArgv: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    // As the Docker image runs it (graphql-js, Express and others skip development-only checks).
    env: { NODE_ENV: 'production' },
  });
  const subscribers = new BenchChild<SubscriberCommand, SubscriberReport>(
    'subscriber process',
    join(__dirname, 'subscribers', 'main.js'),
  );
  try {
    const [listening] = await Promise.all([
      api.next('listening', START_TIMEOUT_MS),
      subscribers.next('ready', START_TIMEOUT_MS),
    ]);
    const host = `127.0.0.1:${listening.port}`;
    return { api, subscribers, url: `ws://${host}/graphql`, httpUrl: `http://${host}/graphql`, store, probe };
  } catch (error) {
    await stopProcesses({ api, subscribers });
    throw error;
  }
}

export async function stopProcesses(p: Pick<BenchProcesses, 'api' | 'subscribers'>): Promise<void> {
  await Promise.all([p.subscribers.stop({ type: 'exit' }), p.api.stop({ type: 'exit' })]);
}

/**
 * Waits until the API process is idle (an overloaded run leaves it working off its backlog after the
 * subscribers left), so the next run starts from a quiet server.
 */
export async function apiSettled(p: BenchProcesses): Promise<void> {
  const began = Date.now();
  let last = processCpuMs(p.api.pid);
  while (last !== null && Date.now() - began < SETTLE_MAX_MS) {
    await sleep(SETTLE_POLL_MS);
    const now = processCpuMs(p.api.pid);
    if (now === null || now - last < SETTLE_POLL_MS * IDLE_SHARE) return;
    last = now;
  }
}
