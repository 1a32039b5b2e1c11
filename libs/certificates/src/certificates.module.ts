import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import { sealingKeyFrom } from './at-rest/sealing-key';
import { CertificateAuthority } from './authority/certificate-authority';
import { ClusterAuthorityRepository } from './authority/cluster-authority.repository';
import { loadCertificateAuthority } from './authority/load-certificate-authority';

/** Provides the cluster CA, loaded (or created, on the first start ever) while the application is built. */
@Module({
  providers: [
    ClusterAuthorityRepository,
    {
      provide: CertificateAuthority,
      inject: [ClusterAuthorityRepository, APP_CONFIG],
      useFactory: (repository: ClusterAuthorityRepository, config: AppConfig) =>
        loadCertificateAuthority(repository, config.ENCRYPTION_KEY ? sealingKeyFrom(config.ENCRYPTION_KEY) : undefined),
    },
  ],
  exports: [CertificateAuthority],
})
export class CertificatesModule {}
