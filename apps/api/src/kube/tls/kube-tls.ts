import type { Server } from 'node:https';
import type { Provider } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import { CertificateAuthority, issueServerCertificate, type ServerCertificate } from '@ksb/certificates';

/** This process's serving certificate, signed by the cluster CA (each process issues its own at start). */
export const KUBE_TLS = Symbol('KUBE_TLS');

export const kubeTlsProvider: Provider = {
  provide: KUBE_TLS,
  inject: [CertificateAuthority, APP_CONFIG],
  useFactory: (authority: CertificateAuthority, config: AppConfig): Promise<ServerCertificate> =>
    issueServerCertificate(authority, config.KUBE_HOSTNAMES),
};

/**
 * Puts the certificate on the HTTPS server. Nest creates that server before any provider exists, while
 * the certificate needs the CA from the database, so the server starts without one and gets it here.
 */
export function applyServerCertificate(server: Server, certificate: ServerCertificate): void {
  server.setSecureContext({ key: certificate.privateKeyPem, cert: certificate.certificatePem });
}
