import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import { PrismaClient } from './generated/client';

/** The pg pool shared by Prisma (through its driver adapter) and the store's hand-written SQL. */
export const PG_POOL = Symbol('PG_POOL');

export class PrismaService extends PrismaClient {}

@Global()
@Module({
  providers: [
    {
      provide: PG_POOL,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new Pool({ connectionString: config.DATABASE_URL, max: config.DB_POOL_SIZE, application_name: 'kube-sandbox' }),
    },
    {
      provide: PrismaService,
      inject: [PG_POOL],
      useFactory: (pool: Pool) => new PrismaService({ adapter: new PrismaPg(pool) }),
    },
  ],
  exports: [PG_POOL, PrismaService],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(
    private readonly prisma: PrismaService,
    @Inject(PG_POOL) private readonly pool: Pool,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.prisma.$disconnect();
    await this.pool.end();
  }
}
