import { type Keyring, seal, unseal } from '@ksb/encryption';
import { CertificateAuthority } from './certificate-authority';
import type { ClusterAuthorityRepository, StoredAuthority } from './cluster-authority.repository';
import { createAuthorityMaterial } from './create-authority';

/** The row of the cluster CA every API process serves with. */
export const CLUSTER_AUTHORITY_NAME = 'cluster';

/**
 * Loads the CA, creating it on the very first start. With a sealing key (ENCRYPTION_KEY) the private key
 * is stored AES-256-GCM encrypted, and a key stored in plaintext (or sealed with a former key, one of
 * ENCRYPTION_KEYS_OLD) is sealed with the current key now; without one it is stored as PKCS#8 PEM,
 * protected only by the database's own access control.
 */
export async function loadCertificateAuthority(
  repository: ClusterAuthorityRepository,
  keyring: Keyring,
  name = CLUSTER_AUTHORITY_NAME,
): Promise<CertificateAuthority> {
  const current = keyring.current;
  const row = await repository.findOrCreate(name, async () => {
    const material = await createAuthorityMaterial(`kube-sandbox-ca-${name}`);
    return {
      certificatePem: material.certificatePem,
      privateKey: current ? seal(material.privateKeyPem, current, name) : material.privateKeyPem,
      keyId: current?.id ?? null,
    };
  });
  const privateKeyPem = openKey(row, keyring);
  if (current && row.keyId !== current.id) {
    await repository.sealKey(name, seal(privateKeyPem, current, name), current.id, row.keyId);
  }
  return CertificateAuthority.fromMaterial({ certificatePem: row.certificatePem, privateKeyPem });
}

function openKey(row: StoredAuthority, keyring: Keyring): string {
  if (row.keyId === null) return row.privateKey;
  const key = keyring.find(row.keyId);
  if (key) return unseal(row.privateKey, key, row.name);
  if (!keyring.current) {
    throw new Error(
      `the private key of CA "${row.name}" is stored encrypted (key id ${row.keyId}): set ENCRYPTION_KEY to that key`,
    );
  }
  throw new Error(
    `ENCRYPTION_KEY (key id ${keyring.current.id}) is not the key that sealed the private key of CA "${row.name}" ` +
      `(key id ${row.keyId}), nor is any of ENCRYPTION_KEYS_OLD`,
  );
}
