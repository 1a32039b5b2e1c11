/**
 * Integration tests run against the Postgres and Redis that scripts/test.js provides. Run alone
 * (npx jest ...), they need DATABASE_URL and REDIS_URL pointing at a migrated database.
 */
export function requireTestEnv(): { databaseUrl: string; redisUrl: string; prefix: string } {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    throw new Error('integration tests need DATABASE_URL (a migrated database): run them through `npm test`');
  }
  return {
    databaseUrl,
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    prefix: process.env.KSB_REDIS_PREFIX ?? `ksbtest${process.pid}`,
  };
}
