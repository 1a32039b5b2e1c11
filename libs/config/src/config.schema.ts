import { isIP } from 'node:net';
import { z } from 'zod';

const int = (def: number, min = 0) => z.coerce.number().int().min(min).default(def);

const DNS_NAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const isHostname = (host: string) => isIP(host) !== 0 || (host.length <= 253 && DNS_NAME.test(host));
const isBase64Key = (value: string) =>
  /^[A-Za-z0-9+/]+={0,2}$/.test(value) && Buffer.from(value, 'base64').length === 32;

/** Every environment variable the services read, validated once at boot. */
export const configSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'is required (a postgresql:// URL)' })
    .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// URL'),
  DB_POOL_SIZE: int(10, 1),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// URL')
    .default('redis://127.0.0.1:6379'),
  /** Prefix of every Redis key and BullMQ queue, so several deployments or test runs share one Redis. */
  KSB_REDIS_PREFIX: z
    .string()
    .regex(/^[a-zA-Z0-9_-]+$/, 'may contain only letters, digits, - and _')
    .default('ksb'),
  PORT: int(3000, 1),
  WORKER_HEALTH_PORT: int(3001, 0),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Changes younger than this, and the newest COMPACTION_MIN_REVISIONS of a sandbox, are kept. */
  COMPACTION_WINDOW_SECONDS: int(900, 0),
  /** Events are deleted this long after they were last seen (the API server's --event-ttl). */
  EVENT_TTL_SECONDS: int(3600, 1),
  COMPACTION_MIN_REVISIONS: int(1000, 0),
  /** How often controllers re-derive their work from the store (heals lost jobs). */
  RESYNC_INTERVAL_SECONDS: int(30, 1),
  /** Sandboxes one worker process reconciles at once, per control loop. */
  CONTROL_LOOP_CONCURRENCY: int(4, 1),
  /** Back-off of a failing reconcile: doubling from the base up to the max (client-go uses 5 ms .. 1000 s). */
  RECONCILE_BACKOFF_BASE_MS: int(200, 1),
  RECONCILE_BACKOFF_MAX_MS: int(60_000, 1),
  /** Watches poll the revision counter this often, so a lost publish is noticed even when nothing follows it. */
  WATCH_POLL_MS: int(2000, 50),
  /** How often watches that asked for bookmarks get one (upstream: about once a minute). */
  WATCH_BOOKMARK_MS: int(30_000, 100),
  /** GraphQL: deepest selection allowed, and the largest cost (field values an operation may return). */
  GRAPHQL_MAX_DEPTH: int(10, 2),
  GRAPHQL_MAX_COST: int(25_000, 100),
  /** How often open subscriptions re-check that their token and sandbox are still there. */
  GRAPHQL_ACCESS_RECHECK_MS: int(1000, 50),
  /** Subscriptions one WebSocket connection may hold at once (a client looping on subscribe gets RATE_LIMITED). */
  GRAPHQL_MAX_SUBSCRIPTIONS_PER_CONNECTION: int(100, 1),
  QUOTA_SANDBOXES_PER_TENANT: int(100, 0),
  QUOTA_NODES_PER_SANDBOX: int(10, 1),
  QUOTA_OBJECTS_PER_SANDBOX: int(5000, 10),
  MAX_SANDBOX_TTL_SECONDS: int(7 * 24 * 3600, 60),
  /** HTTPS port of the Kubernetes endpoint (each sandbox under /clusters/{id}); 0 picks a free port (tests). */
  KUBE_PORT: int(6443, 0),
  /**
   * Comma-separated host names or IPs the Kubernetes endpoint is reached by, beyond localhost, 127.0.0.1
   * and ::1 (always served). The serving certificate covers them; kubeconfigs use the first.
   */
  KUBE_HOSTNAMES: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter((host) => host.length > 0),
    )
    .pipe(z.array(z.string().refine(isHostname, 'must be a DNS name or an IP address'))),
  /**
   * 32 random bytes, base64 (openssl rand -base64 32): seals data at rest (the cluster CA's private key,
   * the data of Secrets). Unset: both are stored unencrypted.
   */
  ENCRYPTION_KEY: z
    .string()
    .refine(isBase64Key, 'must be 32 random bytes, base64-encoded (openssl rand -base64 32)')
    .optional(),
  /**
   * Comma-separated former ENCRYPTION_KEYs, still accepted for reading what they sealed, so the key can be
   * rotated: set the new ENCRYPTION_KEY, move the old one here; rewrites seal with the new key.
   */
  ENCRYPTION_KEYS_OLD: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((key) => key.trim())
        .filter((key) => key.length > 0),
    )
    .pipe(z.array(z.string().refine(isBase64Key, 'must be 32 random bytes, base64-encoded'))),
});

export type AppConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; the message names each bad variable so a misconfigured boot fails fast. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
}
