import { randomBytes } from 'node:crypto';
import { Keyring } from '@ksb/encryption';
import type { KubeObject } from '../objects/kube-object';
import { ENVELOPE_PREFIX, LAST_APPLIED, openSecret, sealedWith, sealSecret } from './secret-envelope';

const keyring = (old: Keyring[] = []) => {
  const ring = Keyring.from(randomBytes(32).toString('base64'));
  return new Keyring(
    ring.current,
    old.flatMap((k) => (k.current ? [k.current] : [])),
  );
};
const keyOf = (ring: Keyring) => {
  if (!ring.current) throw new Error('no current key');
  return ring.current;
};

const secret = (): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: {
    name: 'db',
    namespace: 'default',
    labels: { app: 'db' },
    annotations: { owner: 'alice', [LAST_APPLIED]: '{"data":{"password":"czNjcmV0"}}' },
  },
  type: 'Opaque',
  data: { password: 'czNjcmV0' },
});

describe('secret envelope', () => {
  const ring = keyring();
  const key = keyOf(ring);

  it('seals data and the last-applied annotation into one entry and opens them again', () => {
    const sealed = sealSecret(secret(), key, 'sb/secrets/default/db');
    expect(Object.keys(sealed.data as object)).toEqual([ENVELOPE_PREFIX + key.id]);
    expect(sealed.metadata).toEqual({
      name: 'db',
      namespace: 'default',
      labels: { app: 'db' },
      annotations: { owner: 'alice' },
    });
    expect(sealed.type).toBe('Opaque');
    const text = JSON.stringify(sealed);
    expect(text).not.toContain('czNjcmV0');
    expect(text).not.toContain('s3cret');
    expect(sealedWith(sealed)).toBe(key.id);
    expect(openSecret(sealed, ring, 'sb/secrets/default/db')).toEqual(secret());
  });

  it('drops annotations emptied by sealing and restores them', () => {
    const only: KubeObject = { metadata: { name: 'x', annotations: { [LAST_APPLIED]: '{}' } }, stringData: { a: 'b' } };
    const sealed = sealSecret(only, key, 'ctx');
    expect(sealed.metadata).toEqual({ name: 'x' });
    expect(sealed.stringData).toBeUndefined();
    expect(openSecret(sealed, ring, 'ctx')).toEqual(only);
  });

  it('leaves bodies with nothing to seal, and unsealed bodies, as they are', () => {
    const empty: KubeObject = { metadata: { name: 'empty' }, type: 'Opaque' };
    expect(sealSecret(empty, key, 'ctx')).toBe(empty);
    expect(sealedWith(secret())).toBeUndefined();
    expect(openSecret(secret(), ring, 'ctx')).toEqual(secret());
  });

  it('opens only for the same object, and with former keys after a rotation', () => {
    const sealed = sealSecret(secret(), key, 'sb/secrets/default/db');
    expect(() => openSecret(sealed, ring, 'sb/secrets/default/other')).toThrow();
    const rotated = keyring([ring]);
    expect(openSecret(sealed, rotated, 'sb/secrets/default/db')).toEqual(secret());
    expect(() => openSecret(sealed, keyring(), 'sb/secrets/default/db')).toThrow(
      `sb/secrets/default/db is sealed with key id ${key.id}, which is neither ENCRYPTION_KEY nor one of ENCRYPTION_KEYS_OLD`,
    );
  });
});
