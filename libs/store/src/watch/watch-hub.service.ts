import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import type Redis from 'ioredis';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import { RedisConnections } from '@ksb/redis';
import { ChangesRepository } from '../changes/changes.repository';
import { AtRestEncryption } from '../encryption/at-rest-encryption';
import { changeChannel, decodeChanges } from './change-channel';
import { ChangeFeed } from './change-feed';
import { Watch, WatchFilter } from './watch';

/**
 * Serves watches in this process: one Redis subscription and one ChangeFeed per watched sandbox, shared by
 * all its watchers, dropped with the last one. While any feed exists a single timer polls the revision
 * counters of the watched sandboxes, so a lost publish is noticed even when no later change follows it;
 * with no watches there is no timer at all.
 */
@Injectable()
export class WatchHub implements OnModuleDestroy {
  private readonly logger = new Logger(WatchHub.name);
  private subscriber?: Redis;
  private readonly feeds = new Map<string, ChangeFeed>();
  private poller?: NodeJS.Timeout;
  private polling = false;

  constructor(
    private readonly redis: RedisConnections,
    private readonly changes: ChangesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly atRest: AtRestEncryption,
  ) {}

  /** Streams every change of the sandbox after `fromRevision` that matches the filter. */
  async watch(sandboxId: string, fromRevision: number, filter: WatchFilter = {}): Promise<Watch> {
    const watch = new Watch(sandboxId, fromRevision, filter);
    const feed = this.feedOf(sandboxId);
    watch.onClose(() => this.leave(feed, watch));
    try {
      await feed.join(watch);
    } catch (error) {
      watch.close();
      throw error;
    }
    return watch;
  }

  /** Number of watched sandboxes in this process (for tests and metrics). */
  get feedCount(): number {
    return this.feeds.size;
  }

  onModuleDestroy(): void {
    if (this.poller) clearInterval(this.poller);
    this.poller = undefined;
  }

  private feedOf(sandboxId: string): ChangeFeed {
    const existing = this.feeds.get(sandboxId);
    if (existing && !existing.failed) return existing;
    const subscriber = this.subscriberConnection();
    const subscribed = subscriber.subscribe(changeChannel(this.redis.prefix, sandboxId)).then(() => undefined);
    const feed = new ChangeFeed(sandboxId, this.changes, subscribed);
    this.feeds.set(sandboxId, feed);
    this.ensurePoller();
    return feed;
  }

  private leave(feed: ChangeFeed, watch: Watch): void {
    feed.leave(watch);
    if (feed.size > 0 || this.feeds.get(feed.sandboxId) !== feed) return;
    this.feeds.delete(feed.sandboxId);
    this.subscriber?.unsubscribe(changeChannel(this.redis.prefix, feed.sandboxId)).catch(() => undefined);
    if (this.feeds.size === 0 && this.poller) {
      clearInterval(this.poller);
      this.poller = undefined;
    }
  }

  private subscriberConnection(): Redis {
    if (this.subscriber) return this.subscriber;
    // Named so operators (and tests) can find this process's subscription in CLIENT LIST.
    // No ready check: its INFO would collide with SUBSCRIBEs sent before the connection is up
    // ("Connection in subscriber mode", ioredis #2037) and silently drop those subscriptions.
    const subscriber = this.redis.create({
      connectionName: `${this.redis.prefix}-watch-${process.pid}`,
      enableReadyCheck: false,
    });
    const prefix = `${this.redis.prefix}:changes:`;
    subscriber.on('message', (channel: string, message: string) => {
      const sandboxId = channel.slice(prefix.length);
      const feed = this.feeds.get(sandboxId);
      if (!feed) return;
      try {
        const decoded = decodeChanges(message);
        // Published as stored (sealed); opened only here, inside the process.
        if ('events' in decoded) feed.published(decoded.events.map((event) => this.atRest.openEvent(sandboxId, event)));
        else feed.polled(decoded.upTo);
      } catch (error) {
        this.logger.warn(`ignoring malformed change message on ${channel}: ${String(error)}`);
      }
    });
    this.subscriber = subscriber;
    return subscriber;
  }

  private ensurePoller(): void {
    if (this.poller) return;
    this.poller = setInterval(() => void this.poll(), this.config.WATCH_POLL_MS);
    this.poller.unref();
  }

  private async poll(): Promise<void> {
    if (this.polling || this.feeds.size === 0) return;
    this.polling = true;
    try {
      const asked = [...this.feeds.keys()];
      const states = await this.changes.revisionStates(asked);
      // Only the sandboxes asked about: a feed opened while the query ran is not in its answer, and must
      // not be taken for a deleted sandbox.
      for (const sandboxId of asked) {
        const feed = this.feeds.get(sandboxId);
        const state = states.get(sandboxId);
        if (!feed) continue;
        if (state) feed.polled(state.revision);
        else feed.end(); // the sandbox was deleted
      }
    } catch (error) {
      this.logger.warn(`watch poll failed: ${String(error)}`);
    } finally {
      this.polling = false;
    }
  }
}
