import { Injectable } from '@nestjs/common';
import { RedisConnections } from '@ksb/redis';
import { StoreService } from '@ksb/store';

/**
 * Keeps resyncs cheap for idle sandboxes: a loop's resync enqueues only the candidate sandboxes whose
 * store revision moved since its previous resync (changes whose jobs may have been lost). The marks live
 * in Redis: when Redis loses its data (and with it queued jobs), every candidate is visited again.
 */
@Injectable()
export class ResyncWatermarks {
  constructor(
    private readonly redis: RedisConnections,
    private readonly store: StoreService,
  ) {}

  async changed(loop: string, candidates: readonly string[]): Promise<string[]> {
    const key = `${this.redis.prefix}:resync-marks:${loop}`;
    const [marks, revisions] = await Promise.all([
      this.redis.client.hgetall(key),
      this.store.revisions([...candidates]),
    ]);
    const changed = [...revisions].filter(([id, revision]) => marks[id] !== String(revision)).map(([id]) => id);
    // Rewritten whole, so sandboxes that stopped being candidates (or were deleted) drop out.
    const next = [...revisions].flatMap(([id, revision]) => [id, String(revision)]);
    const multi = this.redis.client.multi().del(key);
    if (next.length) multi.hset(key, ...next);
    await multi.exec();
    return changed;
  }
}
