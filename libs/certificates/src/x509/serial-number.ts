import { randomBytes } from 'node:crypto';

/**
 * A random 128-bit serial (hex), so certificates issued by different processes never collide. The first
 * byte is non-zero with its top bit clear: the number is positive and DER-encodes without padding.
 */
export function randomSerialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] & 0x7f) | 0x01;
  return bytes.toString('hex');
}
