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

/** The machine's real kubectl, bound to one kubeconfig and a private home and discovery cache. */
export interface Kubectl {
  readonly kubeconfigPath: string;
  readonly cacheDir: string;
  run(args: readonly string[], options?: KubectlRunOptions): Promise<KubectlResult>;
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
