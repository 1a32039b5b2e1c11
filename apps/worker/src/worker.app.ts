import type { Server } from 'node:http';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import { ChangeRouter } from '@ksb/controller-runtime';
import { ReadinessService, startHealthServer } from '@ksb/health';
import { ReconcileService } from '@ksb/reconcile';
import { assertNoEviction, RedisConnections } from '@ksb/redis';
import { SandboxExpiryReconciler } from '@ksb/sandboxes';
import { CompactionReconciler, EventTtlReconciler } from '@ksb/store';
import { WorkerModule } from './worker.module';

export interface WorkerApp {
  context: INestApplicationContext;
  health?: Server;
  close(): Promise<void>;
}

/**
 * The worker: a Nest application context without an HTTP API, running the control loops, plus a bare
 * health port. Scale by running more copies; BullMQ spreads the keys.
 */
export async function createWorkerApp(options: { healthPort?: number } = {}): Promise<WorkerApp> {
  const context = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  context.useLogger(context.get(Logger));
  context.enableShutdownHooks();
  const config = context.get<AppConfig>(APP_CONFIG);
  // BullMQ jobs vanish when Redis evicts keys: refuse to run on such a Redis.
  await assertNoEviction(context.get(RedisConnections).client);

  const reconcile = context.get(ReconcileService);
  await reconcile.run(context.get(CompactionReconciler), 1);
  await reconcile.run(context.get(SandboxExpiryReconciler), 2);
  await reconcile.run(context.get(EventTtlReconciler), 1);
  // The control plane: scheduler, controllers and kubelets, keyed by sandbox.
  for (const loop of context.get(ChangeRouter).loops()) await reconcile.run(loop, config.CONTROL_LOOP_CONCURRENCY);

  const port = options.healthPort ?? config.WORKER_HEALTH_PORT;
  const health =
    port > 0 || options.healthPort === 0 ? await startHealthServer(port, context.get(ReadinessService)) : undefined;
  return {
    context,
    health,
    async close() {
      health?.close();
      await context.close();
    },
  };
}
