import Redis from 'ioredis';

/** Publishes seen on a sandbox's change channel, and how many came after a higher revision had. */
export interface ChannelStats {
  messages: number;
  late: number;
}

/**
 * Listens to one sandbox's change channel as an API process's watch hub does. Concurrent commits to one
 * sandbox publish after they commit, so their publishes can overtake each other; every API process then
 * sees a gap and reads the change log for the missing revision before it delivers anything further.
 */
export class ChannelProbe {
  private stats: ChannelStats = { messages: 0, late: 0 };
  private highest = 0;
  private redis?: Redis;

  async start(url: string, channel: string): Promise<void> {
    this.redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    this.redis.on('message', (_channel: string, message: string) => {
      const parsed = JSON.parse(message) as { events?: { revision: number }[] };
      this.stats.messages++;
      for (const { revision } of parsed.events ?? []) {
        if (revision < this.highest) this.stats.late++;
        this.highest = Math.max(this.highest, revision);
      }
    });
    await this.redis.connect();
    await this.redis.subscribe(channel);
  }

  /** What was seen since the last take. */
  take(): ChannelStats | undefined {
    if (!this.redis) return undefined;
    const stats = this.stats;
    this.stats = { messages: 0, late: 0 };
    return stats;
  }

  close(): void {
    this.redis?.disconnect();
  }
}
