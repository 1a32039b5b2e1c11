import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';

export interface ScratchDatabase {
  url: string;
  drop(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..', '..');

async function onServer(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A migrated database of its own beside the test database, for a test whose configuration must not
 * touch shared rows (an ENCRYPTION_KEY seals the cluster CA row every other test loads).
 */
export async function createScratchDatabase(baseUrl: string, suffix: string): Promise<ScratchDatabase> {
  const url = new URL(baseUrl);
  const name = `${decodeURIComponent(url.pathname.slice(1))}_${suffix}`.slice(0, 63);
  url.pathname = `/${encodeURIComponent(name)}`;
  const quoted = `"${name.replace(/"/g, '""')}"`;
  await onServer(baseUrl, `DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  await onServer(baseUrl, `CREATE DATABASE ${quoted}`);
  await promisify(execFile)(process.execPath, [join(ROOT, 'scripts', 'migrate.js')], {
    env: { ...process.env, DATABASE_URL: url.toString() },
  });
  return {
    url: url.toString(),
    drop: () => onServer(baseUrl, `DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`),
  };
}
