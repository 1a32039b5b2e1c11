import { Module } from '@nestjs/common';
import { EncryptionModule, Keyring } from '@ksb/encryption';
import { CertificateAuthority } from './authority/certificate-authority';
import { ClusterAuthorityRepository } from './authority/cluster-authority.repository';
import { loadCertificateAuthority } from './authority/load-certificate-authority';

/** Provides the cluster CA, loaded (or created, on the first start ever) while the application is built. */
@Module({
  imports: [EncryptionModule],
  providers: [
    ClusterAuthorityRepository,
    {
      provide: CertificateAuthority,
      inject: [ClusterAuthorityRepository, Keyring],
      useFactory: (repository: ClusterAuthorityRepository, keyring: Keyring) =>
        loadCertificateAuthority(repository, keyring),
    },
  ],
  exports: [CertificateAuthority],
})
export class CertificatesModule {}
