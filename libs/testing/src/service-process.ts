import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { eventually } from './eventually';

/** A service (API or worker) as its own OS process, from the built entry point. */
export interface ServiceProcess {
  readonly pid: number;
  /** Output so far (for a failing test's message). */
  output(): string;
  /** Sends a signal (SIGKILL: a crash, no shutdown hooks) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** The built entry point of an app (apps/<name>/src/main.ts). */
export const entryOf = (app: 'api' | 'worker'): string =>
  join(__dirname, '..', '..', '..', 'dist', 'apps', app, 'src', 'main.js');

export const freePort = (): Promise<number> =>
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
 * Starts `node <entry>` with this process's environment (the test database and Redis prefix) plus `env`,
 * and waits until `healthUrl` answers 200. Needs the build (`npm test` builds first).
 */
export async function startServiceProcess(
  entry: string,
  healthUrl: string,
  env: Record<string, string>,
): Promise<ServiceProcess> {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: build first (npm run build)`);
  const child: ChildProcess = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}: ${output}`);
        const res = await fetch(healthUrl);
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
