import type { CertificateAuthority } from '../authority/certificate-authority';
import { CLOCK_SKEW_MS } from '../authority/create-authority';
import { generateKeyPair, privateKeyToPem } from '../x509/key-pair';
import { randomSerialNumber } from '../x509/serial-number';
import { SIGNING_ALGORITHM, x509 } from '../x509/x509';
import { subjectAltNames } from './subject-alt-names';

/** A TLS serving certificate and its key, both PEM. */
export interface ServerCertificate {
  certificatePem: string;
  privateKeyPem: string;
  notAfter: Date;
}

/** Issued afresh at every start, so only the CA is persisted; a year is far longer than a process lives. */
const SERVER_LIFETIME_MS = 365 * 24 * 3600 * 1000;

export async function issueServerCertificate(
  authority: CertificateAuthority,
  hosts: readonly string[],
  now = new Date(),
): Promise<ServerCertificate> {
  const keys = await generateKeyPair();
  const notAfter = new Date(Math.min(now.getTime() + SERVER_LIFETIME_MS, authority.certificate.notAfter.getTime()));
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerialNumber(),
    subject: 'CN=kube-apiserver,O=kube-sandbox',
    issuer: authority.certificate.subject,
    notBefore: new Date(now.getTime() - CLOCK_SKEW_MS),
    notAfter,
    signingAlgorithm: SIGNING_ALGORITHM,
    publicKey: keys.publicKey,
    signingKey: authority.signingKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(subjectAltNames(hosts)),
      await x509.AuthorityKeyIdentifierExtension.create(authority.certificate.publicKey),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return {
    certificatePem: certificate.toString('pem'),
    privateKeyPem: await privateKeyToPem(keys.privateKey),
    notAfter,
  };
}
