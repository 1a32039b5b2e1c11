import type { INestApplicationContext } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import { PG_POOL } from '@ksb/database';
import { RedisConnections } from '@ksb/redis';
import { SandboxesService } from '@ksb/sandboxes';
import { StoreService } from '@ksb/store';
import { TenancyService } from '@ksb/tenancy';
import type { BenchOptions } from '../options';
import type { LoopResult } from '../support/closed-loop';
import { CpuProbe } from '../support/cpu-probe';
import { type CpuUse, localPostmasterPid } from '../support/cpu-sample';
import { type FootprintDelta, footprintDelta, measureFootprint } from './footprint.bench';
import { type IdleCpu, measureIdleCpu } from './idle-cpu.bench';
import { type ProvisioningResult, provisionSandboxes } from './provisioning.bench';
import { runRawCommits } from './raw-commits.bench';
import { runStoreUpdates } from './store-updates.bench';

export interface Environment {
  postgres: string;
  fsync: string;
  synchronousCommit: string;
  poolSize: number;
  resyncSeconds: number;
  postgresCpuVisible: boolean;
}

export interface FoundationResults {
  options: BenchOptions;
  environment: Environment;
  provisioning: ProvisioningResult;
  /** CPU spent provisioning, in ms. */
  provisioningCpu: CpuUse;
  footprint: FootprintDelta;
  idleEmpty: IdleCpu;
  idleFull: IdleCpu;
  updateClients: number;
  store: LoopResult;
  raw: LoopResult[];
}

const WARMUP_MS = 1000;
const SETTLE_MS = 1500;

const log = (message: string): void => console.log(`[bench] ${message}`);

async function environment(pool: Pool, config: AppConfig, postmaster: number | null): Promise<Environment> {
  const show = async (name: string) => (await pool.query<Record<string, string>>(`SHOW ${name}`)).rows[0][name];
  return {
    postgres: await show('server_version'),
    fsync: await show('fsync'),
    synchronousCommit: await show('synchronous_commit'),
    poolSize: config.DB_POOL_SIZE,
    resyncSeconds: config.RESYNC_INTERVAL_SECONDS,
    postgresCpuVisible: postmaster !== null,
  };
}

/** The foundation benchmark: provisioning, footprint, idle CPU, store updates against raw commits. */
export async function runFoundation(app: INestApplicationContext, options: BenchOptions): Promise<FoundationResults> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const pool = app.get<Pool>(PG_POOL);
  const redis = app.get(RedisConnections).client;
  const sandboxes = app.get(SandboxesService);
  const store = app.get(StoreService);
  const postmaster = await localPostmasterPid(pool, config.DATABASE_URL);
  const env = await environment(pool, config, postmaster);
  const probe = new CpuProbe(redis, postmaster);
  const idleMs = options.idleSeconds * 1000;

  log(`idle CPU with no sandboxes: worker running, ${options.idleSeconds} s window`);
  const idleEmpty = await measureIdleCpu(probe, idleMs, SETTLE_MS);

  const tenant = await app.get(TenancyService).createTenant({ kind: 'admin' }, 'bench', { maxSandboxes: 100_000 });
  log(`warm-up: ${options.warmup} sandboxes`);
  await provisionSandboxes(sandboxes, tenant.id, options.warmup, options.concurrency, 'warmup');

  log(`provisioning ${options.sandboxes} sandboxes of 3 nodes, ${options.concurrency} in flight`);
  const before = await measureFootprint(pool);
  const provisioned = await probe.measure(() =>
    provisionSandboxes(sandboxes, tenant.id, options.sandboxes, options.concurrency, 'sb'),
  );
  const provisioning = provisioned.result;
  const after = await measureFootprint(pool);
  const footprint = footprintDelta(before, after, Math.max(1, options.sandboxes));

  log(`idle CPU with ${options.sandboxes} sandboxes: worker running, ${options.idleSeconds} s window`);
  const idleFull = await measureIdleCpu(probe, idleMs, SETTLE_MS);

  const clients = options.updateSandboxes;
  const targets = provisioning.sandboxIds.slice(0, clients);
  if (targets.length < clients) {
    const extra = await provisionSandboxes(sandboxes, tenant.id, clients - targets.length, options.concurrency, 'upd');
    targets.push(...extra.sandboxIds);
  }
  log(
    `raw commits, store updates, raw commits: ${clients} clients, pool ${config.DB_POOL_SIZE}, ${options.updateSeconds} s each`,
  );
  const loop = { clients, durationMs: options.updateSeconds * 1000, warmupMs: WARMUP_MS, probe };
  const raw1 = await runRawCommits(config.DATABASE_URL, config.DB_POOL_SIZE, loop);
  const storeRun = await runStoreUpdates(store, targets, loop);
  const raw2 = await runRawCommits(config.DATABASE_URL, config.DB_POOL_SIZE, loop);

  return {
    options,
    environment: env,
    provisioning,
    provisioningCpu: provisioned.cpu,
    footprint,
    idleEmpty,
    idleFull,
    updateClients: clients,
    store: storeRun,
    raw: [raw1, raw2],
  };
}
