import { Queue } from 'bullmq';
import type Redis from 'ioredis';
import { jobIdOf } from './backoff';

export const RECONCILE_JOB = 'reconcile';
export const RESYNC_JOB = 'resync';

export interface ReconcileJobData {
  key: string;
}

/**
 * The enqueue side of one control loop's work queue (usable from any process). The work-queue contract
 * on top of BullMQ: one job id per key, so a key is never queued or processed twice at once; a "dirty"
 * set remembers keys changed while their job runs, and the worker runs those once more when it finishes.
 */
export class WorkQueue {
  readonly queue: Queue<ReconcileJobData>;
  readonly dirtyKey: string;

  constructor(
    readonly name: string,
    private readonly redis: Redis,
    prefix: string,
  ) {
    this.queue = new Queue<ReconcileJobData>(`reconcile-${name}`, { connection: redis, prefix });
    this.dirtyKey = `${prefix}:reconcile-${name}:dirty`;
  }

  /** Asks for the key to be reconciled now (or right after its running reconcile ends). */
  async enqueue(key: string): Promise<void> {
    await this.redis.sadd(this.dirtyKey, key);
    const job = await this.queue.add(RECONCILE_JOB, { key }, this.jobOptions(key, 0));
    // A job already waiting out a back-off or a requeue delay keeps its id; a change must not wait for it.
    if ((await job.getState()) === 'delayed') await job.promote().catch(() => undefined);
  }

  async enqueueMany(keys: string[]): Promise<void> {
    for (const key of keys) await this.enqueue(key);
  }

  /** Schedules the key after a delay (requeue-after); an earlier enqueue still wins. */
  async enqueueAfter(key: string, delayMs: number): Promise<void> {
    await this.queue.add(RECONCILE_JOB, { key }, this.jobOptions(key, delayMs));
  }

  /** Reconciles waiting, delayed or running, not counting the resync schedule (for quiescence waits). */
  async pending(): Promise<number> {
    const jobs = await this.queue.getJobs(['waiting', 'delayed', 'active', 'prioritized']);
    return jobs.filter((job) => job?.name === RECONCILE_JOB).length;
  }

  close(): Promise<void> {
    return this.queue.close();
  }

  private jobOptions(key: string, delay: number) {
    return {
      jobId: jobIdOf(key),
      delay,
      attempts: 1_000_000,
      backoff: { type: 'capped-exponential' },
      removeOnComplete: true,
      removeOnFail: true,
    };
  }
}
