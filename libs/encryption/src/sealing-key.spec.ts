import { randomBytes } from 'node:crypto';
import { seal, sealingKeyFrom, unseal } from './sealing-key';

describe('sealing keys', () => {
  const key = sealingKeyFrom(randomBytes(32).toString('base64'));

  it('seals and opens, with a fresh IV each time', () => {
    const a = seal('-----BEGIN PRIVATE KEY-----', key, 'cluster');
    const b = seal('-----BEGIN PRIVATE KEY-----', key, 'cluster');
    expect(a).not.toEqual(b);
    expect(a).not.toContain('PRIVATE');
    expect(unseal(a, key, 'cluster')).toBe('-----BEGIN PRIVATE KEY-----');
  });

  it('does not open with another key, another context or tampered data', () => {
    const sealed = seal('secret', key, 'cluster');
    const other = sealingKeyFrom(randomBytes(32).toString('base64'));
    expect(other.id).not.toEqual(key.id);
    expect(() => unseal(sealed, other, 'cluster')).toThrow();
    expect(() => unseal(sealed, key, 'elsewhere')).toThrow();
    const [format, iv, tag, data] = sealed.split('.');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;
    expect(() => unseal([format, iv, tag, flipped.toString('base64url')].join('.'), key, 'cluster')).toThrow();
    expect(() => unseal('plain text', key, 'cluster')).toThrow('not a sealed value');
  });

  it('names a key by a stable id and refuses keys of the wrong size', () => {
    const text = randomBytes(32).toString('base64');
    expect(sealingKeyFrom(text).id).toBe(sealingKeyFrom(text).id);
    expect(sealingKeyFrom(text).id).toMatch(/^[0-9a-f]{16}$/);
    expect(() => sealingKeyFrom(randomBytes(16).toString('base64'))).toThrow('32 bytes');
  });
});
