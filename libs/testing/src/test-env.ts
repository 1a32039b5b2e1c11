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

/**
 * Points the process at the test database and Redis (and a quiet log), plus any extra variables a test
 * needs, before it builds a Nest module: configuration is read from the environment at boot.
 */
export function useTestEnv(extra: Record<string, string> = {}): void {
  const env = requireTestEnv();
  Object.assign(process.env, {
    DATABASE_URL: env.databaseUrl,
    REDIS_URL: env.redisUrl,
    KSB_REDIS_PREFIX: env.prefix,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...extra,
  });
}
