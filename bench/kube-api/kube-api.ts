import type { INestApplicationContext } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import { PG_POOL } from '@ksb/database';
import { RedisConnections } from '@ksb/redis';
import { StoreService } from '@ksb/store';
import { KubeAccessService } from '../../apps/api/src/kube/access/kube-access.service';
import { CpuProbe } from '../support/cpu-probe';
import { type MachineLoad, machineLoad, sampleMachine } from '../support/machine-cpu';
import { localPostmasterPid } from '../support/cpu-sample';
import { createBenchSandboxes } from './bench-sandboxes';
import { type CreateRun, runCreates } from './create.bench';
import { type GetRuns, runGets, seedGetConfigMaps } from './get.bench';
import type { KubeApiOptions } from './kube-api.options';
import { startKubeEndpoint } from './kube-endpoint';
import { type ListRuns, runLists } from './list.bench';
import { runWatches, type WatchRun } from './watch.bench';

export interface KubeApiResults {
  options: KubeApiOptions;
  environment: KubeApiEnvironment;
  get: GetRuns;
  create: CreateRun;
  list: ListRuns;
  watch: WatchRun;
}

/** What the figures depend on beyond the options: settings, and what else ran on the host meanwhile. */
export interface KubeApiEnvironment {
  poolSize: number;
  watchPollMs: number;
  logLevel: string;
  machine: MachineLoad;
}

const WARMUP_MS = 1000;
const PROVISION_CONCURRENCY = 4;

const log = (message: string): void => console.log(`[bench] kube-api: ${message}`);

/**
 * The Kubernetes endpoint over HTTPS, served from this process (createKubeApp, port 0), against sandboxes
 * created in-process: single-object GET, paced creates, a large LIST, and watch delivery with memory.
 */
export async function runKubeApi(app: INestApplicationContext, options: KubeApiOptions): Promise<KubeApiResults> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const store = app.get(StoreService);
  const postmaster = await localPostmasterPid(app.get<Pool>(PG_POOL), config.DATABASE_URL);
  const probe = new CpuProbe(app.get(RedisConnections).client, postmaster);
  const machineBefore = sampleMachine();

  log(`${options.sandboxes} sandboxes with a sandbox token each`);
  const sandboxes = await createBenchSandboxes(app, options.sandboxes, PROVISION_CONCURRENCY);
  const endpoint = await startKubeEndpoint();
  const client = endpoint.client();
  try {
    // First, while this process has served nothing yet: its RSS growth is then mostly the watches'.
    log(`watch: ${options.watches} watches, ${options.watchWriteRate} writes/s for ${options.watchSeconds} s`);
    const watch = await runWatches(endpoint, client, store, sandboxes, {
      watches: options.watches,
      writeRate: options.watchWriteRate,
      durationMs: options.watchSeconds * 1000,
      warmupMs: WARMUP_MS,
      probe,
    });

    log(`GET: ${options.getClients} clients, ${options.getSeconds} s per run (5 runs)`);
    await seedGetConfigMaps(client, sandboxes);
    const loop = { clients: options.getClients, durationMs: options.getSeconds * 1000, warmupMs: WARMUP_MS, probe };
    const access = endpoint.app.get(KubeAccessService);
    const get = await runGets({ client, store, access, sandboxes }, loop);

    log(`create: ${options.createRate}/s for ${options.createSeconds} s`);
    const create = await runCreates(client, sandboxes, {
      ratePerSecond: options.createRate,
      durationMs: options.createSeconds * 1000,
      warmupMs: WARMUP_MS,
      probe,
    });

    log(`LIST: ${options.listPods} pods, ${options.lists} lists per representation`);
    const list = await runLists(client, store, sandboxes[0], options.listPods, options.lists);

    const environment = {
      poolSize: config.DB_POOL_SIZE,
      watchPollMs: config.WATCH_POLL_MS,
      logLevel: config.LOG_LEVEL,
      machine: machineLoad(machineBefore, sampleMachine()),
    };
    return { options, environment, get, create, list, watch };
  } finally {
    client.close();
    await endpoint.close();
  }
}
