import { Module } from '@nestjs/common';
import { ConfigModule } from '@ksb/config';
import { DatabaseModule } from '@ksb/database';
import { RedisModule } from '@ksb/redis';
import { SandboxesModule } from '@ksb/sandboxes';
import { StoreModule } from '@ksb/store';
import { TenancyModule } from '@ksb/tenancy';

/** The modules of the provisioning and store paths, without HTTP or control loops. */
@Module({
  imports: [ConfigModule, DatabaseModule, RedisModule, StoreModule, TenancyModule, SandboxesModule],
})
export class BenchModule {}
