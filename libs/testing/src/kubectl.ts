import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KubectlResult {
  /** Exit code; null when kubectl was killed (see timeoutMs). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface KubectlRunOptions {
  stdin?: string;
  /** kubectl is killed after this long (default 30 s); the result then has code null. */
  timeoutMs?: number;
  env?: Record<string, string>;
}

export interface RunningKubectl {
  /** Everything printed on stdout so far. */
  stdout(): string;
  stderr(): string;
  /** Stops it (SIGTERM) and resolves with its result. */
  stop(): Promise<KubectlResult>;
}

/** The machine's real kubectl, bound to one kubeconfig and a private home and discovery cache. */
export interface Kubectl {
  readonly kubeconfigPath: string;
  readonly cacheDir: string;
  run(args: readonly string[], options?: KubectlRunOptions): Promise<KubectlResult>;
  /** Starts a long-running kubectl (get -w, rollout status) whose output the test reads as it comes. */
  start(args: readonly string[]): RunningKubectl;
  /** Replaces the kubeconfig (e.g. another token); the discovery cache stays. */
  useKubeconfig(kubeconfig: string): Promise<void>;
  /** Empties the discovery cache (kubectl keeps it 6 h): after discovery changed. */
  clearCache(): Promise<void>;
  dispose(): Promise<void>;
}

/**
 * Writes `kubeconfig` to a new temp dir and runs `kubectl` (from PATH, or KUBECTL) with it. HOME points
 * into the temp dir and --cache-dir is private, so nothing is read from or left in the user's ~/.kube
 * and runs never share a stale discovery cache.
 */
export async function createKubectl(kubeconfig: string): Promise<Kubectl> {
  const dir = await mkdtemp(join(tmpdir(), 'ksb-kubectl-'));
  const kubeconfigPath = join(dir, 'kubeconfig');
  const cacheDir = join(dir, 'cache');
  const binary = process.env.KUBECTL ?? 'kubectl';
  const write = async (text: string) => {
    await writeFile(kubeconfigPath, text);
    await chmod(kubeconfigPath, 0o600);
  };
  await write(kubeconfig);
  return {
    kubeconfigPath,
    cacheDir,
    run: (args, options = {}) =>
      runKubectl(binary, ['--kubeconfig', kubeconfigPath, '--cache-dir', cacheDir, ...args], {
        ...options,
        env: { HOME: dir, ...options.env },
      }),
    start: (args) =>
      startKubectl(binary, ['--kubeconfig', kubeconfigPath, '--cache-dir', cacheDir, ...args], { HOME: dir }),
    useKubeconfig: write,
    clearCache: () => rm(cacheDir, { recursive: true, force: true }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}

function runKubectl(binary: string, args: string[], options: KubectlRunOptions): Promise<KubectlResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
    delete env.KUBECONFIG;
    const child = spawn(binary, args, { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`cannot run ${binary}: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

function startKubectl(binary: string, args: string[], extraEnv: Record<string, string>): RunningKubectl {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extraEnv };
  delete env.KUBECONFIG;
  const child = spawn(binary, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  const text = (chunks: Buffer[]) => Buffer.concat(chunks).toString('utf8');
  return {
    stdout: () => text(stdout),
    stderr: () => text(stderr),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      const code = await closed;
      return { code, stdout: text(stdout), stderr: text(stderr) };
    },
  };
}
