import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A random public id like "sb-7k2m9q4x8c1v": lowercase letters and digits only, so it fits URL paths,
 * kubeconfig context names and DNS labels. 60 random bits.
 */
export function newId(prefix: string): string {
  const bytes = randomBytes(12);
  let id = '';
  for (const byte of bytes) id += ALPHABET[byte & 31];
  return `${prefix}-${id}`;
}
