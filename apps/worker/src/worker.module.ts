import { Module } from '@nestjs/common';
import { ConfigModule } from '@ksb/config';
import { ControlPlaneModule } from '@ksb/controllers';
import { DatabaseModule } from '@ksb/database';
import { HealthModule } from '@ksb/health';
import { loggerModule } from '@ksb/logging';
import { ReconcileModule } from '@ksb/reconcile';
import { RedisModule } from '@ksb/redis';
import { SandboxesModule } from '@ksb/sandboxes';
import { StoreModule } from '@ksb/store';

@Module({
  imports: [
    ConfigModule,
    loggerModule(),
    DatabaseModule,
    RedisModule,
    HealthModule,
    ReconcileModule,
    StoreModule,
    SandboxesModule,
    ControlPlaneModule,
  ],
})
export class WorkerModule {}
