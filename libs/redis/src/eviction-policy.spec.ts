import type Redis from 'ioredis';
import { assertNoEviction, readEvictionPolicy } from './eviction-policy';

/** Only INFO is needed; the policy check itself is what is under test here. */
const redisAnswering = (info: string) => ({ info: () => Promise.resolve(info) }) as unknown as Redis;

describe('eviction policy check', () => {
  it('reads the policy from INFO memory', async () => {
    expect(
      await readEvictionPolicy(redisAnswering('# Memory\r\nused_memory:1\r\nmaxmemory_policy:noeviction\r\n')),
    ).toBe('noeviction');
  });

  it('refuses a Redis that evicts keys, naming the setting', async () => {
    await expect(assertNoEviction(redisAnswering('maxmemory_policy:allkeys-lru\r\n'))).rejects.toThrow(
      'Redis maxmemory-policy is "allkeys-lru"',
    );
    await expect(assertNoEviction(redisAnswering('maxmemory_policy:noeviction\r\n'))).resolves.toBeUndefined();
  });
});
