import { BeforeApplicationShutdown, Inject, Injectable, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import { RedisConnections } from '@ksb/redis';
import type { Reconciler } from './reconciler';
import { ReconcileWorker } from './reconcile-worker';
import { WorkQueue } from './work-queue';

/**
 * Work queues by control-loop name (enqueue from any process) and, in the worker process, the BullMQ
 * workers that run them.
 */
@Injectable()
export class ReconcileService implements BeforeApplicationShutdown {
  private readonly queues = new Map<string, WorkQueue>();
  private readonly workers: ReconcileWorker[] = [];

  constructor(
    private readonly redis: RedisConnections,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  queue(name: string): WorkQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new WorkQueue(name, this.redis.client, this.redis.prefix);
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** Starts processing a control loop in this process. */
  async run(reconciler: Reconciler, concurrency = 4): Promise<ReconcileWorker> {
    const worker = new ReconcileWorker(
      reconciler,
      this.queue(reconciler.name),
      this.redis.client,
      this.redis.create(),
      this.redis.prefix,
      {
        concurrency,
        resyncIntervalMs: this.config.RESYNC_INTERVAL_SECONDS * 1000,
        backoff: { baseMs: this.config.RECONCILE_BACKOFF_BASE_MS, maxMs: this.config.RECONCILE_BACKOFF_MAX_MS },
      },
    );
    await worker.start();
    this.workers.push(worker);
    return worker;
  }

  /** Stops the workers (waiting for running reconciles) before the queues and connections close. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((worker) => worker.close()));
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
  }
}

@Module({ providers: [ReconcileService], exports: [ReconcileService] })
export class ReconcileModule {}
