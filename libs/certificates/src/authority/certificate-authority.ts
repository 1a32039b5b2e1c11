import type { webcrypto } from 'node:crypto';
import { privateKeyFromPem } from '../x509/key-pair';
import { x509 } from '../x509/x509';
import type { AuthorityMaterial } from './create-authority';

/** The cluster CA in memory: what kubeconfigs carry (the certificate) and what signs serving certificates. */
export class CertificateAuthority {
  private constructor(
    readonly certificatePem: string,
    readonly certificate: x509.X509Certificate,
    readonly signingKey: webcrypto.CryptoKey,
  ) {}

  static async fromMaterial(material: AuthorityMaterial): Promise<CertificateAuthority> {
    return new CertificateAuthority(
      material.certificatePem,
      new x509.X509Certificate(material.certificatePem),
      await privateKeyFromPem(material.privateKeyPem),
    );
  }
}
