import { Logger } from '@nestjs/common';
import { Job, Worker } from 'bullmq';
import type Redis from 'ioredis';
import { backoffDelay, BackoffPolicy } from './backoff';
import type { Reconciler, ReconcileResult } from './reconciler';
import { ReconcileJobData, RESYNC_JOB, WorkQueue } from './work-queue';

const STALL_MS = 10_000;

export interface ReconcileWorkerOptions {
  concurrency: number;
  resyncIntervalMs: number;
  backoff: BackoffPolicy;
}

/** The processing side of a control loop: a thin BullMQ adapter around a Reconciler. */
export class ReconcileWorker {
  private readonly logger: Logger;
  private readonly worker: Worker<ReconcileJobData, ReconcileResult | undefined>;
  private resyncGuard?: NodeJS.Timeout;

  constructor(
    private readonly reconciler: Reconciler,
    private readonly queue: WorkQueue,
    private readonly redis: Redis,
    workerConnection: Redis,
    prefix: string,
    private readonly options: ReconcileWorkerOptions,
  ) {
    this.logger = new Logger(`reconcile:${reconciler.name}`);
    this.worker = new Worker<ReconcileJobData, ReconcileResult | undefined>(
      queue.queue.name,
      (job) => this.process(job),
      {
        connection: workerConnection,
        prefix,
        concurrency: options.concurrency,
        autorun: false,
        // Reconciles are short: a crashed worker's jobs are taken over within seconds, not BullMQ's 30 s.
        lockDuration: STALL_MS,
        stalledInterval: STALL_MS,
        maxStalledCount: 1000,
        settings: { backoffStrategy: (attemptsMade: number) => backoffDelay(attemptsMade, options.backoff) },
      },
    );
    // Runs after BullMQ has removed the finished job, so a re-add is never swallowed by the old job id.
    this.worker.on('completed', (job, result) => void this.afterRun(job, result));
    this.worker.on('failed', (job, error) => {
      if (job && job.name !== RESYNC_JOB) this.logger.warn(`reconcile ${job.data.key} failed: ${error.message}`);
    });
    this.worker.on('error', (error) => this.logger.error(`worker error: ${error.message}`));
  }

  async start(): Promise<void> {
    await this.ensureResync();
    // A Redis that lost its data (flush, restart without persistence) loses the resync schedule too:
    // re-assert it, so the loops converge again from the store.
    this.resyncGuard = setInterval(() => {
      this.ensureResync().catch((error: unknown) => this.logger.warn(`resync schedule: ${String(error)}`));
    }, this.options.resyncIntervalMs);
    this.resyncGuard.unref();
    void this.worker.run();
    await this.worker.waitUntilReady();
  }

  close(): Promise<void> {
    clearInterval(this.resyncGuard);
    return this.worker.close();
  }

  private async ensureResync(): Promise<void> {
    await this.queue.queue.upsertJobScheduler(
      `${RESYNC_JOB}-${this.reconciler.name}`,
      { every: this.options.resyncIntervalMs },
      { name: RESYNC_JOB, data: { key: '' }, opts: { removeOnComplete: true, removeOnFail: true } },
    );
  }

  private async process(job: Job<ReconcileJobData>): Promise<ReconcileResult | undefined> {
    if (job.name === RESYNC_JOB) {
      const keys = await this.reconciler.listKeys();
      await this.queue.enqueueMany(keys);
      return undefined;
    }
    // Cleared before reading state: a change after this point marks the key again and earns one more run.
    await this.redis.srem(this.queue.dirtyKey, job.data.key);
    return this.reconciler.reconcile(job.data.key);
  }

  private async afterRun(job: Job<ReconcileJobData>, result: ReconcileResult | undefined): Promise<void> {
    if (job.name === RESYNC_JOB) return;
    try {
      if (await this.redis.sismember(this.queue.dirtyKey, job.data.key)) {
        await this.queue.enqueueAfter(job.data.key, 0);
      } else if (result?.requeueAfterMs !== undefined) {
        await this.queue.enqueueAfter(job.data.key, Math.max(0, result.requeueAfterMs));
      }
    } catch (error) {
      // Resync picks the key up again.
      this.logger.warn(`re-queueing ${job.data.key} failed: ${String(error)}`);
    }
  }
}
