import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis, { RedisOptions } from 'ioredis';
import { APP_CONFIG, AppConfig } from '@ksb/config';

/**
 * Redis connections of one process. `client` runs commands; subscribers are created per use because a
 * subscribed connection can run nothing else. BullMQ needs maxRetriesPerRequest null on its connections.
 */
@Injectable()
export class RedisConnections implements OnApplicationShutdown {
  readonly client: Redis;
  private readonly owned: Redis[] = [];

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.client = this.create();
  }

  get prefix(): string {
    return this.config.KSB_REDIS_PREFIX;
  }

  /** A new connection owned (and closed) by this service. */
  create(options: RedisOptions = {}): Redis {
    const connection = new Redis(this.config.REDIS_URL, {
      maxRetriesPerRequest: null,
      enableReadyCheck: true,
      lazyConnect: false,
      ...options,
    });
    // ioredis reconnects by itself; an 'error' listener keeps a passing outage from crashing the process.
    connection.on('error', () => undefined);
    this.owned.push(connection);
    return connection;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.owned.map((c) => c.quit().catch(() => c.disconnect())));
  }
}

@Global()
@Module({ providers: [RedisConnections], exports: [RedisConnections] })
export class RedisModule {}
