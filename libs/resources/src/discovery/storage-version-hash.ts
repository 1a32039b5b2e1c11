import { createHash } from 'node:crypto';
import type { StorageVersion } from '../definition/resource-definition';

/**
 * discovery.StorageVersionHash: the first 8 bytes of sha256("group/version/kind"), base64. Clients use it to
 * notice storage migrations; the core group hashes as "/v1/Pod".
 */
export function storageVersionHash({ group, version, kind }: StorageVersion): string {
  return createHash('sha256').update(`${group}/${version}/${kind}`).digest().subarray(0, 8).toString('base64');
}
