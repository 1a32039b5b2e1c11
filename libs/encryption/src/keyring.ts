import { type SealingKey, sealingKeyFrom } from './sealing-key';

/**
 * The keys for data at rest: the current one seals, every one opens what it sealed (found by the key id
 * stored beside the sealed value), so a key can be rotated without rewriting everything at once.
 */
export class Keyring {
  private readonly byId: ReadonlyMap<string, SealingKey>;

  constructor(
    /** Seals new writes; undefined stores data unencrypted. */
    readonly current: SealingKey | undefined,
    old: readonly SealingKey[] = [],
  ) {
    this.byId = new Map([...old, ...(current ? [current] : [])].map((key) => [key.id, key]));
  }

  /** From base64 key texts (ENCRYPTION_KEY and ENCRYPTION_KEYS_OLD). */
  static from(current: string | undefined, old: readonly string[] = []): Keyring {
    return new Keyring(current ? sealingKeyFrom(current) : undefined, old.map(sealingKeyFrom));
  }

  /** The key with this id, current or former; undefined when it is not configured (any more). */
  find(id: string): SealingKey | undefined {
    return this.byId.get(id);
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }
}
