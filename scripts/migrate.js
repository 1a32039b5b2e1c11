#!/usr/bin/env node
'use strict';
// Applies prisma/migrations/<name>/migration.sql in name order and records them in _prisma_migrations the
// way `prisma migrate deploy` does, so Prisma's own tools (migrate status, a later migrate deploy) accept
// the result. Prisma 7's migrate needs a native schema engine that cannot be downloaded on our machines.
//
//   node scripts/migrate.js                       (uses DATABASE_URL)
//   require('./migrate').migrate(databaseUrl)     (resolves to the names it applied)
//
// - each migration runs in its own transaction together with its _prisma_migrations row, so a failure
//   leaves nothing behind and the next run retries it;
// - a session-level advisory lock (Prisma's own key) serialises concurrent runs (API, worker, tests);
// - a recorded migration whose file changed since (checksum mismatch) stops everything.
// Only node built-ins at top level: `pg` is required when migrate() runs.

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
const MIGRATIONS_DIR = path.join(ROOT, 'prisma', 'migrations');
// The key `prisma migrate` itself locks with, so we also serialise with a real Prisma CLI run.
const ADVISORY_LOCK_KEY = 72707369;

const CREATE_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

function localMigrations(dir = MIGRATIONS_DIR) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const file = path.join(dir, name, 'migration.sql');
      const bytes = fs.readFileSync(file);
      return {
        name,
        file,
        sql: bytes.toString('utf8'),
        checksum: crypto.createHash('sha256').update(bytes).digest('hex'),
      };
    });
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/**
 * @param {string} databaseUrl
 * @param {{ log?: (msg: string) => void, migrationsDir?: string }} [opts]
 * @returns {Promise<string[]>} names of the migrations applied by this call
 */
async function migrate(databaseUrl, opts = {}) {
  const log = opts.log || ((m) => console.log(`[migrate] ${m}`));
  if (!databaseUrl) throw new Error('no database URL: set DATABASE_URL=postgresql://user:password@host:5432/db');
  const { Client } = require(require.resolve('pg', { paths: [ROOT] }));
  const migrations = localMigrations(opts.migrationsDir);
  const client = new Client({ connectionString: databaseUrl, connectionTimeoutMillis: 15_000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    throw new Error(`cannot connect to ${redact(databaseUrl)}: ${err.message}`);
  }
  const applied = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
    try {
      await client.query(CREATE_TABLE);
      const { rows } = await client.query(
        'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at',
      );
      const done = new Map();
      for (const r of rows) {
        if (r.rolled_back_at) continue; // rolled back: Prisma treats it as not applied
        if (!r.finished_at) {
          throw new Error(
            `migration ${r.migration_name} is recorded as started but never finished (a failed Prisma run). ` +
              'Fix the database by hand, then delete or mark that row in "_prisma_migrations" ' +
              `(e.g. prisma migrate resolve --rolled-back ${r.migration_name}).`,
          );
        }
        done.set(r.migration_name, r.checksum);
      }
      const local = new Set(migrations.map((m) => m.name));
      for (const name of done.keys()) {
        if (!local.has(name)) log(`warning: ${name} is applied in the database but missing from prisma/migrations`);
      }
      for (const m of migrations) {
        if (done.has(m.name)) {
          if (done.get(m.name) !== m.checksum) {
            throw new Error(
              `migration ${m.name} was modified after it was applied (checksum ${m.checksum} in ${m.file}, ` +
                `${done.get(m.name)} in the database). Restore the file and add a new migration instead, ` +
                'or recreate the database.',
            );
          }
          continue;
        }
        const t0 = Date.now();
        await client.query('BEGIN');
        try {
          await client.query(
            'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) ' +
              'VALUES ($1, $2, $3, now(), 0)',
            [crypto.randomUUID(), m.checksum, m.name],
          );
          await client.query(m.sql);
          await client.query(
            'UPDATE "_prisma_migrations" SET finished_at = clock_timestamp(), applied_steps_count = 1 ' +
              'WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL',
            [m.name],
          );
          await client.query('COMMIT');
        } catch (err) {
          await client.query('ROLLBACK').catch(() => {});
          const where = err.position ? ` at character ${err.position}` : '';
          throw new Error(`migration ${m.name} failed${where}: ${err.message} (nothing of it was applied)`);
        }
        applied.push(m.name);
        log(`applied ${m.name} (${Date.now() - t0} ms)`);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
  if (applied.length === 0) log(`database is up to date (${migrations.length} migrations)`);
  return applied;
}

module.exports = { migrate, localMigrations };

if (require.main === module) {
  migrate(process.env.DATABASE_URL).then(
    () => process.exit(0),
    (err) => {
      console.error(`[migrate] error: ${err.message}`);
      process.exit(1);
    },
  );
}
