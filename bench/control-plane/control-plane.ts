import type { INestApplicationContext } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import { PG_POOL } from '@ksb/database';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import { RedisConnections } from '@ksb/redis';
import { SandboxesService } from '@ksb/sandboxes';
import { StoreService, type WriteOp } from '@ksb/store';
import { TenancyService } from '@ksb/tenancy';
import { NestFactory } from '@nestjs/core';
import { SchedulerController } from '@ksb/scheduler';
import { createWorkerApp } from '../../apps/worker/src/worker.app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { runRawCommits } from '../foundation/raw-commits.bench';
import type { LoopResult } from '../support/closed-loop';
import { CpuProbe } from '../support/cpu-probe';
import { localPostmasterPid } from '../support/cpu-sample';
import type { ControlPlaneOptions } from './control-plane.options';
import { isBound, isRunning, waitForPods } from './pod-progress';

export interface ControlPlaneResults {
  options: ControlPlaneOptions;
  /** Apply of one Deployment to all its pods Running, fast profile. */
  rolloutMs: number;
  /** All Deployments of the throughput run applied at once, to every pod Running. */
  throughputMs: number;
  throughputPods: number;
  /** Pending pods created in one commit on the big sandbox, to all bound. */
  schedulingMs: number;
  scheduledPods: number;
  nodes: number;
  raw: LoopResult;
}

const log = (message: string): void => console.log(`[bench] ${message}`);

const deployment = (name: string, replicas: number) => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: {
    replicas,
    selector: { matchLabels: { app: name } },
    template: {
      metadata: { labels: { app: name } },
      spec: {
        containers: [{ name: 'web', image: 'nginx:1.27', resources: { requests: { cpu: '10m', memory: '16Mi' } } }],
      },
    },
  },
});

/**
 * The control-plane benchmark, with the worker's loops running in this process on the fast profile: a
 * 100-replica Deployment from apply to Running, pods per second across 20 sandboxes, scheduling
 * decisions per second on a 1,000-node sandbox, beside the raw Postgres commit rate of the same run.
 */
export async function runControlPlane(
  app: INestApplicationContext,
  options: ControlPlaneOptions,
): Promise<ControlPlaneResults> {
  const config = app.get<AppConfig>(APP_CONFIG);
  const sandboxes = app.get(SandboxesService);
  const tenant = await app.get(TenancyService).createTenant({ kind: 'admin' }, 'bench-control-plane', {
    maxSandboxes: 1000,
    maxNodesPerSandbox: 5000,
    maxObjectsPerSandbox: 100_000,
  });
  const provision = async (name: string, nodes: number) =>
    (
      await sandboxes.create(
        { kind: 'admin' },
        { tenantId: tenant.id, name, profile: 'fast', nodes: { count: nodes, cpu: '8', memory: '32Gi' } },
      )
    ).id;

  log(`raw single-row commits baseline: ${options.rawSeconds} s`);
  const postmaster = await localPostmasterPid(app.get<Pool>(PG_POOL), config.DATABASE_URL);
  const probe = new CpuProbe(app.get(RedisConnections).client, postmaster);
  const raw = await runRawCommits(config.DATABASE_URL, config.DB_POOL_SIZE, {
    clients: 8,
    durationMs: options.rawSeconds * 1000,
    warmupMs: 500,
    probe,
  });

  const worker = await createWorkerApp({ healthPort: 0 });
  let stopped = false;
  const stopWorker = async () => {
    if (stopped) return;
    stopped = true;
    await worker.close();
  };
  try {
    const objects = worker.context.get(ObjectsService);
    const store = worker.context.get(StoreService);
    const apply = (sandboxId: string, name: string, replicas: number) =>
      objects.create(
        { sandboxId, kind: kindFor('deployments.apps'), namespace: 'default' },
        deployment(name, replicas),
      );

    log('warm-up: a 10-replica Deployment');
    const warm = await provision('warmup', 3);
    await apply(warm, 'warm', 10);
    await waitForPods(store, [warm], 10, isRunning, 60_000);

    log(`${options.replicas}-replica Deployment: apply to all Running`);
    const single = await provision('rollout', 3);
    const t0 = performance.now();
    await apply(single, 'web', options.replicas);
    const rolloutMs = (await waitForPods(store, [single], options.replicas, isRunning, 120_000)) - t0;

    log(`${options.sandboxes} sandboxes x ${options.podsEach} replicas: apply all, to every pod Running`);
    const many: string[] = [];
    for (let i = 0; i < options.sandboxes; i++) many.push(await provision(`throughput-${i}`, 3));
    const t1 = performance.now();
    await Promise.all(many.map((id) => apply(id, 'web', options.podsEach)));
    const throughputMs = (await waitForPods(store, many, options.podsEach, isRunning, 300_000)) - t1;

    await stopWorker();
    log(`scheduler loop alone: ${options.scheduledPods} pending pods on ${options.nodes} nodes, to all bound`);
    const schedulingMs = await measureScheduler(provision, options);
    return {
      options,
      rolloutMs,
      throughputMs,
      throughputPods: options.sandboxes * options.podsEach,
      schedulingMs,
      scheduledPods: options.scheduledPods,
      nodes: options.nodes,
      raw,
    };
  } finally {
    await stopWorker();
  }
}

/**
 * The scheduling loop alone (the worker's other loops stopped, so kubelets do not compete for the two
 * cores): pending pods created in one commit on a big sandbox, then scheduler reconciles run back to back,
 * as its queue would run them, until every pod is bound. Includes the loop's store reads, binding commits
 * and decision log.
 */
async function measureScheduler(
  provision: (name: string, nodes: number) => Promise<string>,
  options: ControlPlaneOptions,
): Promise<number> {
  const context = await NestFactory.createApplicationContext(WorkerModule, { logger: ['error', 'warn'] });
  try {
    const objects = context.get(ObjectsService);
    const store = context.get(StoreService);
    const scheduler = context.get(SchedulerController);
    const big = await provision('scheduler', options.nodes);
    const scope = { sandboxId: big, kind: kindFor('pods'), namespace: 'default' };
    const creates: WriteOp[] = Array.from({ length: options.scheduledPods }, (_, i) =>
      objects.prepareCreate(scope, {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: { name: `pending-${i}` },
        spec: {
          containers: [{ name: 'c', image: 'nginx:1.27', resources: { requests: { cpu: '100m', memory: '64Mi' } } }],
        },
      }),
    );
    await store.commit(big, creates);
    const started = performance.now();
    while ((await scheduler.reconcile(big)).requeueAfterMs === 0);
    const elapsed = performance.now() - started;
    await waitForPods(store, [big], options.scheduledPods, isBound, 10_000);
    return elapsed;
  } finally {
    await context.close();
  }
}
