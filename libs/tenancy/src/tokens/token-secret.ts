import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Tokens are shown once and stored only as SHA-256 hashes; 256 random bits make brute force pointless. */
export const TOKEN_PREFIX = 'ksb_';

export const generateTokenSecret = (): string => TOKEN_PREFIX + randomBytes(32).toString('base64url');

export const hashToken = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
