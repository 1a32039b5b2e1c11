import { Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { CertificatesModule } from '@ksb/certificates';
import { ConfigModule } from '@ksb/config';
import { ControlPlaneModule } from '@ksb/controllers';
import { DatabaseModule } from '@ksb/database';
import { HealthModule } from '@ksb/health';
import { KubeObjectsModule } from '@ksb/kube-objects';
import { loggerModule } from '@ksb/logging';
import { RedisModule } from '@ksb/redis';
import { SandboxesModule } from '@ksb/sandboxes';
import { AuthGuard, TenancyModule } from '@ksb/tenancy';
import { FaultsModule } from './faults/faults.module';
import { GraphqlApiModule } from './graphql/graphql-api.module';
import { HealthController } from './health/health.controller';
import { ProblemFilter } from './problem/problem.filter';
import { KubeconfigService } from './sandboxes/kubeconfig.service';
import { SandboxesController } from './sandboxes/sandboxes.controller';
import { SchedulingController } from './scheduling/scheduling.controller';
import { TenantsController } from './tenants/tenants.controller';
import { TokensController } from './tokens/tokens.controller';
import { UsersController } from './users/users.controller';
import { validationPipe } from './validation/validation.pipe';

@Module({
  imports: [
    ConfigModule,
    loggerModule({ quietPaths: ['/healthz', '/readyz'] }),
    DatabaseModule,
    RedisModule,
    HealthModule,
    TenancyModule,
    SandboxesModule,
    CertificatesModule,
    ControlPlaneModule,
    KubeObjectsModule,
    FaultsModule,
    GraphqlApiModule,
  ],
  controllers: [
    HealthController,
    TenantsController,
    UsersController,
    TokensController,
    SandboxesController,
    SchedulingController,
  ],
  providers: [
    KubeconfigService,
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_FILTER, useClass: ProblemFilter },
    { provide: APP_PIPE, useValue: validationPipe },
  ],
})
export class ApiModule {}
