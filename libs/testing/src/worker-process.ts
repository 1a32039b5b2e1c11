import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { eventually } from './eventually';

const WORKER_ENTRY = join(__dirname, '..', '..', '..', 'dist', 'apps', 'worker', 'src', 'main.js');

/** A worker as its own OS process (the built entry point), so tests can kill it like a crashed pod. */
export interface WorkerProcess {
  readonly pid: number;
  /** Output so far (for a failing test's message). */
  output(): string;
  /** Sends a signal (SIGKILL: a crash, no shutdown hooks) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });

/**
 * Starts `node dist/apps/worker/src/main.js` with this process's environment (the test database and
 * Redis prefix) plus `env`, and waits for its /readyz. Needs the build (`npm test` builds first).
 */
export async function startWorkerProcess(env: Record<string, string> = {}): Promise<WorkerProcess> {
  if (!existsSync(WORKER_ENTRY)) throw new Error(`${WORKER_ENTRY} is missing: build first (npm run build)`);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [WORKER_ENTRY], {
    env: { ...process.env, WORKER_HEALTH_PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`worker exited with ${child.exitCode}: ${output}`);
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        return res.status === 200;
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    );
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    pid: child.pid ?? 0,
    output: () => output,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}
