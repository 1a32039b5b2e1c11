import { randomBytes } from 'node:crypto';
import { Keyring } from './keyring';
import { sealingKeyFrom } from './sealing-key';

describe('Keyring', () => {
  const [a, b] = [randomBytes(32).toString('base64'), randomBytes(32).toString('base64')];

  it('seals with the current key and finds current and former keys by id', () => {
    const keyring = Keyring.from(a, [b]);
    expect(keyring.current?.id).toBe(sealingKeyFrom(a).id);
    expect(keyring.find(sealingKeyFrom(a).id)?.key).toEqual(sealingKeyFrom(a).key);
    expect(keyring.find(sealingKeyFrom(b).id)?.key).toEqual(sealingKeyFrom(b).key);
    expect(keyring.find('0000000000000000')).toBeUndefined();
    expect(keyring.ids).toHaveLength(2);
  });

  it('may have no current key and still open with former ones', () => {
    const keyring = Keyring.from(undefined, [b]);
    expect(keyring.current).toBeUndefined();
    expect(keyring.find(sealingKeyFrom(b).id)).toBeDefined();
    expect(Keyring.from(undefined).ids).toEqual([]);
  });
});
