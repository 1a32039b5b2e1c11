import { generateKeyPair, privateKeyToPem } from '../x509/key-pair';
import { randomSerialNumber } from '../x509/serial-number';
import { SIGNING_ALGORITHM, x509 } from '../x509/x509';

/** A CA as stored: certificate and PKCS#8 private key, both PEM. */
export interface AuthorityMaterial {
  certificatePem: string;
  privateKeyPem: string;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;
/** Kubeconfigs carry this CA, so it outlives any sandbox by far (kubeadm's CA lasts 10 years too). */
const CA_LIFETIME_MS = 10 * YEAR_MS;
/** Tolerates clocks of clients a little behind ours. */
export const CLOCK_SKEW_MS = 3600 * 1000;

export async function createAuthorityMaterial(commonName: string, now = new Date()): Promise<AuthorityMaterial> {
  const keys = await generateKeyPair();
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerialNumber(),
    name: `CN=${commonName},O=kube-sandbox`,
    notBefore: new Date(now.getTime() - CLOCK_SKEW_MS),
    notAfter: new Date(now.getTime() + CA_LIFETIME_MS),
    signingAlgorithm: SIGNING_ALGORITHM,
    keys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { certificatePem: certificate.toString('pem'), privateKeyPem: await privateKeyToPem(keys.privateKey) };
}
