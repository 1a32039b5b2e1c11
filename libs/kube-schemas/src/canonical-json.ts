import { createHash } from 'node:crypto';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** JSON with object keys sorted at every level: equal content, equal bytes (and hash). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    isPlainObject(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, v[k]]),
        )
      : v,
  );
}

/** SHA-512, upper-case hex: the form of upstream's OpenAPI v3 index hashes. */
export const contentHash = (text: string): string => createHash('sha512').update(text).digest('hex').toUpperCase();
