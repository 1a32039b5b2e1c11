import { goJsonMarshal, type JsonValue } from '@ksb/patches';
// How upstream names ControllerRevisions: FNV-32 (not 1a) of the revision's JSON bytes and the collision
// count, printed in decimal and spelled in the "safe" alphabet (k8s.io/apimachinery/pkg/util/rand).

const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';
const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** hash/fnv.New32: multiply, then xor each byte. */
export function fnv32(...chunks: readonly Uint8Array[]): number {
  let hash = FNV_OFFSET;
  for (const chunk of chunks) {
    for (const byte of chunk) {
      hash = Math.imul(hash, FNV_PRIME) >>> 0;
      hash = (hash ^ byte) >>> 0;
    }
  }
  return hash >>> 0;
}

/** rand.SafeEncodeString: each character mapped into an alphabet without vowels or look-alikes. */
export function safeEncode(text: string): string {
  let out = '';
  for (const char of text) out += SAFE_ALPHABET[(char.codePointAt(0) ?? 0) % SAFE_ALPHABET.length];
  return out;
}

/** HashControllerRevision: the revision's raw data, then the collision count probe. */
export function hashRevision(raw: string, probe: number | undefined): string {
  const chunks = [Buffer.from(raw, 'utf8')];
  if (probe !== undefined) chunks.push(Buffer.from(String(probe), 'utf8'));
  return safeEncode(String(fnv32(...chunks)));
}

/** json.Marshal of an unstructured value (what upstream hashes): keys sorted, HTML characters escaped. */
export const goJson = (value: unknown): string => goJsonMarshal((value ?? null) as JsonValue);
