import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { CertificatesModule } from '@ksb/certificates';
import { APP_CONFIG, AppConfig, ConfigModule } from '@ksb/config';
import { DatabaseModule } from '@ksb/database';
import { HealthModule } from '@ksb/health';
import { RedisModule } from '@ksb/redis';
import { SandboxesModule } from '@ksb/sandboxes';
import { AuthGuard, TenancyModule } from '@ksb/tenancy';
import { HealthController } from './health/health.controller';
import { ProblemFilter } from './problem/problem.filter';
import { KubeconfigService } from './sandboxes/kubeconfig.service';
import { SandboxesController } from './sandboxes/sandboxes.controller';
import { TenantsController } from './tenants/tenants.controller';
import { TokensController } from './tokens/tokens.controller';
import { UsersController } from './users/users.controller';
import { validationPipe } from './validation/validation.pipe';

@Module({
  imports: [
    ConfigModule,
    LoggerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        pinoHttp: {
          level: config.LOG_LEVEL,
          // One short line per request: what was asked, what was answered, how long it took.
          serializers: {
            req: (req: { id: unknown; method: string; url: string }) => ({
              id: req.id,
              method: req.method,
              url: req.url,
            }),
            res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
          },
          autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
        },
      }),
    }),
    DatabaseModule,
    RedisModule,
    HealthModule,
    TenancyModule,
    SandboxesModule,
    CertificatesModule,
  ],
  controllers: [HealthController, TenantsController, UsersController, TokensController, SandboxesController],
  providers: [
    KubeconfigService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_PIPE, useValue: validationPipe },
  ],
})
export class ApiModule {}
