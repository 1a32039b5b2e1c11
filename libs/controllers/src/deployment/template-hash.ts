import type { PodTemplateSpec } from 'kubernetes-types/core/v1';

// The pod-template-hash: controller.ComputeHash (FNV-32a over the template, then the collision count),
// rendered with rand.SafeEncodeString, and EqualIgnoreHash, which finds a Deployment's new ReplicaSet.

export const POD_TEMPLATE_HASH_LABEL = 'pod-template-hash';

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, continuing from `hash` (the offset basis for a fresh hash). */
export function fnv32a(bytes: Uint8Array, hash = FNV_OFFSET): number {
  let h = hash;
  for (const byte of bytes) h = Math.imul(h ^ byte, FNV_PRIME) >>> 0;
  return h >>> 0;
}

// rand.SafeEncodeString's alphabet: no vowels, no characters that look alike.
const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** rand.SafeEncodeString: each character mapped into the alphabet by its code point. */
export const safeEncodeString = (text: string): string =>
  [...text].map((char) => ALPHANUMS[(char.codePointAt(0) ?? 0) % ALPHANUMS.length]).join('');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The template as Go sees it after decoding: nulls, empty lists and empty maps are the zero value (Go's
 * semantic equality treats nil and empty alike), keys in a fixed order.
 */
export function canonical(value: unknown): Json | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) {
    const items = value.map((item) => canonical(item) ?? null);
    return items.length ? items : undefined;
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      const child = canonical((value as Record<string, unknown>)[key]);
      if (child !== undefined) out[key] = child;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value as Json;
}

/**
 * ComputeHash. Upstream hashes Go's printed form of the template struct; here its canonical JSON is
 * hashed, so equal templates get equal hashes, a collision count changes the hash, and the rendering
 * (digits of the 32-bit sum, safe-encoded) is upstream's.
 */
export function computeHash(template: PodTemplateSpec | undefined, collisionCount?: number): string {
  let hash = fnv32a(new TextEncoder().encode(JSON.stringify(canonical(template) ?? {})));
  if (collisionCount !== undefined) {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setUint32(0, collisionCount >>> 0, true);
    hash = fnv32a(bytes, hash);
  }
  return safeEncodeString(String(hash));
}

const withoutHash = (template: PodTemplateSpec | undefined): PodTemplateSpec => {
  const copy = structuredClone(template ?? {});
  if (copy.metadata?.labels) delete copy.metadata.labels[POD_TEMPLATE_HASH_LABEL];
  return copy;
};

/** EqualIgnoreHash: semantically equal templates once the pod-template-hash label is set aside. */
export const equalIgnoreHash = (a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean =>
  JSON.stringify(canonical(withoutHash(a)) ?? {}) === JSON.stringify(canonical(withoutHash(b)) ?? {});
