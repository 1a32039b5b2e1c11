import type Redis from 'ioredis';

/**
 * BullMQ loses jobs when Redis evicts keys. Managed Redis often forbids CONFIG GET, so the policy is read
 * from INFO, which every flavour answers.
 */
export async function readEvictionPolicy(redis: Redis): Promise<string | undefined> {
  const info = await redis.info('memory');
  const match = /^maxmemory_policy:(\S+)/m.exec(info);
  return match?.[1];
}

export async function assertNoEviction(redis: Redis): Promise<void> {
  const policy = await readEvictionPolicy(redis);
  if (policy !== undefined && policy !== 'noeviction') {
    throw new Error(
      `Redis maxmemory-policy is "${policy}": queued jobs could be evicted. ` +
        'Set maxmemory-policy to noeviction (redis-server --maxmemory-policy noeviction) and start again.',
    );
  }
}
