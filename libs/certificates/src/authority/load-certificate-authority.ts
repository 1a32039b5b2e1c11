import { seal, type SealingKey, unseal } from '../at-rest/sealing-key';
import { CertificateAuthority } from './certificate-authority';
import type { ClusterAuthorityRepository, StoredAuthority } from './cluster-authority.repository';
import { createAuthorityMaterial } from './create-authority';

/** The row of the cluster CA every API process serves with. */
export const CLUSTER_AUTHORITY_NAME = 'cluster';

/**
 * Loads the CA, creating it on the very first start. With a sealing key (ENCRYPTION_KEY) the private key
 * is stored AES-256-GCM encrypted, and a key stored in plaintext before a key was configured is sealed
 * now; without one it is stored as PKCS#8 PEM, protected only by the database's own access control.
 */
export async function loadCertificateAuthority(
  repository: ClusterAuthorityRepository,
  sealingKey: SealingKey | undefined,
  name = CLUSTER_AUTHORITY_NAME,
): Promise<CertificateAuthority> {
  const row = await repository.findOrCreate(name, async () => {
    const material = await createAuthorityMaterial(`kube-sandbox-ca-${name}`);
    return {
      certificatePem: material.certificatePem,
      privateKey: sealingKey ? seal(material.privateKeyPem, sealingKey, name) : material.privateKeyPem,
      keyId: sealingKey?.id ?? null,
    };
  });
  const privateKeyPem = openKey(row, sealingKey);
  if (row.keyId === null && sealingKey) {
    await repository.sealKey(name, seal(privateKeyPem, sealingKey, name), sealingKey.id);
  }
  return CertificateAuthority.fromMaterial({ certificatePem: row.certificatePem, privateKeyPem });
}

function openKey(row: StoredAuthority, sealingKey: SealingKey | undefined): string {
  if (row.keyId === null) return row.privateKey;
  if (!sealingKey) {
    throw new Error(
      `the private key of CA "${row.name}" is stored encrypted (key id ${row.keyId}): set ENCRYPTION_KEY to that key`,
    );
  }
  if (sealingKey.id !== row.keyId) {
    throw new Error(
      `ENCRYPTION_KEY (key id ${sealingKey.id}) is not the key that sealed the private key of CA "${row.name}" ` +
        `(key id ${row.keyId})`,
    );
  }
  return unseal(row.privateKey, sealingKey, row.name);
}
