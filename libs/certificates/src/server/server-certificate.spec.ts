import { X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { connect, createServer } from 'node:tls';
import { CertificateAuthority } from '../authority/certificate-authority';
import { createAuthorityMaterial } from '../authority/create-authority';
import { issueServerCertificate } from './server-certificate';
import { subjectAltNames } from './subject-alt-names';

/** Completes a TLS handshake against `cert`, verifying it with `ca` for `host`; resolves to the error, if any. */
function handshake(serverCert: { certificatePem: string; privateKeyPem: string }, ca: string, host: string) {
  return new Promise<Error | null>((resolve) => {
    const server = createServer({ key: serverCert.privateKeyPem, cert: serverCert.certificatePem }, (socket) =>
      socket.end(),
    );
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      const socket = connect({ host: '127.0.0.1', port, ca, servername: host === '127.0.0.1' ? undefined : host });
      socket.on('secureConnect', () => {
        socket.destroy();
        server.close(() => resolve(null));
      });
      socket.on('error', (error: Error) => server.close(() => resolve(error)));
    });
  });
}

describe('server certificates', () => {
  let authority: CertificateAuthority;

  beforeAll(async () => {
    authority = await CertificateAuthority.fromMaterial(await createAuthorityMaterial('test'));
  });

  it('makes a CA certificate that can sign', () => {
    const ca = new X509Certificate(authority.certificatePem);
    expect(ca.ca).toBe(true);
    expect(ca.subject).toContain('CN=test');
    expect(ca.verify(ca.publicKey)).toBe(true);
    expect(new Date(ca.validTo).getTime()).toBeGreaterThan(Date.now() + 9 * 365 * 24 * 3600 * 1000);
  });

  it('covers the local names and the configured ones, signed by the CA', async () => {
    const issued = await issueServerCertificate(authority, ['kube.example.com', '10.0.0.5']);
    const cert = new X509Certificate(issued.certificatePem);
    const ca = new X509Certificate(authority.certificatePem);
    expect(cert.ca).toBe(false);
    expect(cert.verify(ca.publicKey)).toBe(true);
    expect(cert.checkIssued(ca)).toBe(true);
    for (const host of ['localhost', 'kube.example.com']) expect(cert.checkHost(host)).toBe(host);
    for (const ip of ['127.0.0.1', '10.0.0.5']) expect(cert.checkIP(ip)).toBe(ip);
    expect(cert.checkIP('0:0:0:0:0:0:0:1')).toBeDefined();
    expect(cert.checkHost('other.example.com')).toBeUndefined();
    expect(cert.keyUsage).toEqual(['1.3.6.1.5.5.7.3.1']);
  });

  it('passes a real TLS handshake for covered names only', async () => {
    const issued = await issueServerCertificate(authority, ['kube.example.com']);
    expect(await handshake(issued, authority.certificatePem, 'kube.example.com')).toBeNull();
    expect(await handshake(issued, authority.certificatePem, '127.0.0.1')).toBeNull();
    expect(await handshake(issued, authority.certificatePem, 'evil.example.com')).toMatchObject({
      code: 'ERR_TLS_CERT_ALTNAME_INVALID',
    });
    const stranger = await CertificateAuthority.fromMaterial(await createAuthorityMaterial('other'));
    expect(await handshake(issued, stranger.certificatePem, 'localhost')).toMatchObject({
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
  });

  it('lists IP literals as IP entries and each name once', () => {
    expect(subjectAltNames(['Kube.Example.com', '::1', '10.0.0.5', 'localhost'])).toEqual([
      { type: 'dns', value: 'localhost' },
      { type: 'ip', value: '127.0.0.1' },
      { type: 'ip', value: '::1' },
      { type: 'dns', value: 'kube.example.com' },
      { type: 'ip', value: '10.0.0.5' },
    ]);
  });
});
