import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { CertificatesModule } from '@ksb/certificates';
import { ConfigModule } from '@ksb/config';
import { ControlPlaneModule } from '@ksb/controllers';
import { DatabaseModule } from '@ksb/database';
import { loggerModule } from '@ksb/logging';
import { TenancyModule } from '@ksb/tenancy';
import { KubeAccessService } from './access/kube-access.service';
import { KubeSandboxesRepository } from './access/kube-sandboxes.repository';
import { KUBE_RESOURCE_MODULES } from './kube-resource-modules';
import { KubeStatusFilter } from './status/kube-status.filter';
import { kubeTlsProvider } from './tls/kube-tls';
import { VersionController } from './version/version.controller';

/** The Kubernetes endpoint: its own Nest application beside the platform API, on its own TLS port. */
@Module({})
export class KubeApiModule {
  static register(resourceModules: readonly Type[] = KUBE_RESOURCE_MODULES): DynamicModule {
    return {
      module: KubeApiModule,
      imports: [
        ConfigModule,
        loggerModule({ endpoint: 'kube' }),
        DatabaseModule,
        TenancyModule,
        CertificatesModule,
        // Writes here enqueue the control loops they concern.
        ControlPlaneModule,
        ...resourceModules,
      ],
      controllers: [VersionController],
      providers: [
        KubeSandboxesRepository,
        KubeAccessService,
        kubeTlsProvider,
        { provide: APP_FILTER, useClass: KubeStatusFilter },
      ],
    };
  }
}
