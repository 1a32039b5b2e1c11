import type { INestApplicationContext } from '@nestjs/common';
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import { PG_POOL } from '@ksb/database';
import { RedisConnections } from '@ksb/redis';
import { type KubeObject, StoreService } from '@ksb/store';
import { changeChannel } from '../../libs/store/src/watch/change-channel';
import { fmt } from '../report';
import { CpuProbe } from '../support/cpu-probe';
import { localPostmasterPid } from '../support/cpu-sample';
import { type MachineLoad, machineLoad, sampleMachine } from '../support/machine-cpu';
import { type FanOutRun, measure, type MeasuredRun, runFanOut } from './fan-out';
import { createGraphqlFixture } from './fixture';
import type { GraphqlOptions } from './graphql.options';
import { publishRaw } from './pod-writer';
import { type BenchProcesses, startProcesses, stopProcesses } from './processes';
import { subscriptionFields } from './schema-check';

export interface GraphqlResults {
  options: GraphqlOptions;
  environment: GraphqlEnvironment;
  /** Baseline: the same pod JSON published on a Redis channel, one plain Redis subscriber. */
  raw: MeasuredRun;
  /** Baseline: the same writes, one GraphQL subscriber (no fan-out). */
  single: FanOutRun;
  /** Many subscribers on one sandbox. */
  busy: FanOutRun;
  /** Many subscribers spread over many sandboxes. */
  spread: FanOutRun;
}

export interface GraphqlEnvironment {
  logLevel: string;
  provisionMs: number;
  machine: MachineLoad;
}

const RAW_KEY = 'raw';
const IPC_TIMEOUT_MS = 30_000;

const log = (message: string): void => console.log(`[bench] graphql: ${message}`);

/** The baseline without Postgres, API or GraphQL: publish straight to Redis, one plain subscriber. */
async function runRaw(
  p: BenchProcesses,
  app: INestApplicationContext,
  options: GraphqlOptions,
  pod: KubeObject,
): Promise<MeasuredRun> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const redis = app.get(RedisConnections);
  const channel = `${redis.prefix}:bench:graphql-raw`;
  await p.subscribers.ask(
    { type: 'listen-redis', url: config.REDIS_URL, channel, key: RAW_KEY },
    'listening',
    IPC_TIMEOUT_MS,
  );
  try {
    const pace = { ratePerSecond: options.rate, durationMs: options.baselineSeconds * 1000 };
    return await measure(p, () => publishRaw(redis.client, channel, RAW_KEY, pod, pace), options.drainSeconds * 1000);
  } finally {
    await p.subscribers.ask({ type: 'close' }, 'closed', IPC_TIMEOUT_MS);
  }
}

/**
 * GraphQL subscriptions through the real stack: the API app in a child process on a real port, the
 * subscribers (graphql-ws over WebSockets) in another, pods written through the store from this process
 * (Postgres, then Redis pub/sub to the API process). Baselines first, then the fan-out runs.
 */
export async function runGraphql(app: INestApplicationContext, options: GraphqlOptions): Promise<GraphqlResults> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const store = app.get(StoreService);
  const postmaster = await localPostmasterPid(app.get<Pool>(PG_POOL), config.DATABASE_URL);
  const probe = new CpuProbe(app.get(RedisConnections).client, postmaster);
  const machineBefore = sampleMachine();

  log(`${1 + options.spreadSandboxes} sandboxes with a sandbox token and pods each`);
  const began = performance.now();
  const fixture = await createGraphqlFixture(app, options.pods, options.spreadSandboxes);
  const provisionMs = performance.now() - began;

  const p = await startProcesses(store, probe, options.profileDir);
  try {
    const fields = await subscriptionFields(p.httpUrl, fixture.busy.token);
    if (fields && !fields.includes('podEvents')) {
      throw new Error(
        `the API's schema has no podEvents subscription yet (Subscription: ${fields.join(', ') || 'none'})`,
      );
    }
    // Counts the busy sandbox's publishes that overtake each other (concurrent commits on one sandbox).
    const channel = changeChannel(app.get(RedisConnections).prefix, fixture.busy.sandboxId);
    await p.subscribers.ask({ type: 'probe-channel', url: config.REDIS_URL, channel }, 'probing', IPC_TIMEOUT_MS);
    const drainMs = options.drainSeconds * 1000;
    const base = { drainMs, openConcurrency: options.openConcurrency, heapDir: options.heapDir };
    const pace = (seconds: number) => ({ ratePerSecond: options.rate, durationMs: seconds * 1000 });

    log(`baseline: raw Redis pub/sub, ${options.rate}/s for ${options.baselineSeconds} s`);
    const raw = await runRaw(p, app, options, fixture.busy.pods[0].pod);
    log(`baseline: 1 subscriber, ${options.rate}/s for ${options.baselineSeconds} s`);
    const single = await runFanOut(p, {
      ...base,
      label: '1 subscriber',
      sandboxes: [fixture.busy],
      perSandbox: 1,
      pace: pace(options.baselineSeconds),
    });
    // The spread run first: the busy run overloads the API process, whose backlog must not leak into it.
    const spreadCount = options.spreadSandboxes * options.spreadPerSandbox;
    log(
      `${spreadCount} subscribers over ${options.spreadSandboxes} sandboxes, ${options.rate}/s for ${options.seconds} s`,
    );
    const spread = await runFanOut(p, {
      ...base,
      label: `${fmt.int(spreadCount)} subscribers, ${fmt.int(options.spreadSandboxes)} sandboxes`,
      sandboxes: fixture.spread,
      perSandbox: options.spreadPerSandbox,
      pace: pace(options.seconds),
    });
    log(`${options.subscribers} subscribers on 1 sandbox, ${options.rate}/s for ${options.seconds} s`);
    const busy = await runFanOut(p, {
      ...base,
      label: `${fmt.int(options.subscribers)} subscribers, 1 sandbox`,
      sandboxes: [fixture.busy],
      perSandbox: options.subscribers,
      pace: pace(options.seconds),
    });
    const environment = {
      logLevel: config.LOG_LEVEL,
      provisionMs,
      machine: machineLoad(machineBefore, sampleMachine()),
    };
    return { options, environment, raw, single, busy, spread };
  } finally {
    await stopProcesses(p);
  }
}
