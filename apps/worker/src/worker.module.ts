import { Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { APP_CONFIG, AppConfig, ConfigModule } from '@ksb/config';
import { DatabaseModule } from '@ksb/database';
import { HealthModule } from '@ksb/health';
import { ReconcileModule } from '@ksb/reconcile';
import { RedisModule } from '@ksb/redis';
import { SandboxesModule } from '@ksb/sandboxes';
import { StoreModule } from '@ksb/store';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ pinoHttp: { level: config.LOG_LEVEL } }),
    }),
    DatabaseModule,
    RedisModule,
    HealthModule,
    ReconcileModule,
    StoreModule,
    SandboxesModule,
  ],
})
export class WorkerModule {}
