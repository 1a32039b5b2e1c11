import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** An AES-256-GCM key for data at rest; its id (a hash prefix) is stored beside what it sealed. */
export interface SealingKey {
  id: string;
  key: Buffer;
}

const FORMAT = 'v1';

export function sealingKeyFrom(base64: string): SealingKey {
  const key = Buffer.from(base64, 'base64');
  if (key.length !== 32) throw new Error('a sealing key must be 32 bytes');
  return { id: createHash('sha256').update(key).digest('hex').slice(0, 16), key };
}

/**
 * Encrypts and authenticates `plaintext`. `context` (e.g. the row's name) is bound as associated data,
 * so a sealed value copied to another row does not open there.
 */
export function seal(plaintext: string, key: SealingKey, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.key, iv).setAAD(Buffer.from(context));
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [FORMAT, iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === 'string' ? p : p.toString('base64url')))
    .join('.');
}

export function unseal(sealed: string, key: SealingKey, context: string): string {
  const [format, iv, tag, data] = sealed.split('.');
  if (format !== FORMAT || !iv || !tag || data === undefined) throw new Error('not a sealed value');
  const decipher = createDecipheriv('aes-256-gcm', key.key, Buffer.from(iv, 'base64url'))
    .setAAD(Buffer.from(context))
    .setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
