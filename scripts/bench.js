#!/usr/bin/env node
'use strict';
// npm run bench [-- <args for bench/main>]: install if needed, build, find or start Postgres + Redis,
// create and migrate a fresh database ksb_bench_<ms>, run `node dist/bench/main.js` against it, drop it.
// KSB_KEEP_DB=1 keeps the database; KSB_EMBEDDED=1 uses a private embedded Postgres and redis-server.

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { ensureDependencies, build, ROOT, QUIET_ENV } = require('./setup');

const BENCH = path.join(ROOT, 'dist', 'bench', 'main.js');

function log(msg) {
  console.log(`[bench] ${msg}`);
}

let infra = null;
let dbUrl = null;
let child = null;
let interrupted = null;

function onSignal(signal) {
  interrupted = signal;
  if (child && child.exitCode === null) child.kill(signal);
  else if (!child) log(`${signal}: stopping after the current step`);
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
process.on('SIGHUP', onSignal);

async function main() {
  ensureDependencies();
  build();
  if (!fs.existsSync(BENCH)) throw new Error(`${path.relative(ROOT, BENCH)} was not built: is there a bench/main.ts?`);
  if (interrupted) return 130;
  const { ensureInfra, createDatabase, withDatabase, redact } = require('./infra');
  const { migrate } = require('./migrate');
  infra = await ensureInfra({ ephemeral: true });
  log(`Postgres: ${redact(infra.databaseUrl)} (${infra.postgresSource})`);
  log(`Redis:    ${redact(infra.redisUrl)} (${infra.redisSource})`);
  const url = withDatabase(infra.databaseUrl, `ksb_bench_${Date.now()}`);
  await createDatabase(url, infra.databaseUrl);
  dbUrl = url;
  await migrate(url);
  if (interrupted) return 130;
  return new Promise((resolve) => {
    child = spawn(process.execPath, [BENCH, ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: {
        ...process.env,
        ...QUIET_ENV,
        DATABASE_URL: url,
        REDIS_URL: infra.redisUrl,
        KSB_REDIS_PREFIX: process.env.KSB_REDIS_PREFIX || `ksbbench${process.pid}`,
      },
    });
    child.on('error', (err) => {
      log(`cannot run ${BENCH}: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 130 : 1)));
  });
}

async function cleanup() {
  const { dropDatabase, redact } = require('./infra');
  if (infra && dbUrl && !infra.postgresSource.includes('throwaway')) {
    if (process.env.KSB_KEEP_DB === '1') log(`kept database ${redact(dbUrl)} (KSB_KEEP_DB=1)`);
    else await dropDatabase(dbUrl, infra.databaseUrl).catch((err) => log(`drop database failed: ${err.message}`));
  }
  if (infra) await infra.stop();
}

main()
  .catch((err) => {
    console.error(`[bench] error: ${err.message}`);
    return 1;
  })
  .then(async (code) => {
    await cleanup();
    process.exit(interrupted ? 130 : code);
  });
