import { ContainerFs } from '@ksb/container-fs';
import { containerArgv, resolveImage, type ResolvedImage } from '@ksb/image-catalog';
import { environmentForImage, execStartError, runtimeStartError, startError } from '../image-environment';
import { T0 } from '../testing/harness';
import { ShellProcess } from './process';
import type { StepResult } from './effects';

function container(given: string, options: { command?: string[]; args?: string[]; env?: Record<string, string> } = {}) {
  const lookup = resolveImage(given);
  if (lookup.kind !== 'found') throw new Error(given);
  const image: ResolvedImage = lookup.image;
  let now = T0;
  const fs = new ContainerFs({ files: image.files, clock: () => now });
  const env = environmentForImage(image, { fs, clock: () => now, hostname: 'web-0', podIP: '10.244.1.5' });
  const out = { stdout: '', stderr: '' };
  const argv = containerArgv(image, options.command, options.args);
  const process = ShellProcess.exec(argv, env, {
    env: { ...image.env, HOSTNAME: 'web-0', ...options.env },
    cwd: image.workingDir,
    sink: (stream, chunk) => (out[stream] += chunk),
  });
  const steps: StepResult[] = [];
  let step = process.start();
  for (let i = 0; i < 20 && step.kind !== 'exit' && step.kind !== 'wait'; i++) {
    steps.push(step);
    if (step.kind === 'sleep') now += step.ms;
    step = process.resume(undefined);
  }
  steps.push(step);
  return { process, out, steps, fs, env, argv };
}

describe('container main processes', () => {
  it('nginx: entrypoint lines, then serving port 80 until signalled', () => {
    const { process, out, steps } = container('nginx:1.27');
    expect(steps.at(-1)).toEqual({ kind: 'wait', reason: 'forever' });
    expect(out.stdout.split('\n')[0]).toBe(
      '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
    );
    expect(out.stderr).toContain('[notice] 1#1: nginx/1.27.5');
    expect(process.listening.map((p) => p.port)).toEqual([80]);
    expect(process.signal('QUIT')).toEqual({ kind: 'exit', code: 0 });
  });

  it('command: ["sh", "-c", "exit 1"] exits 1 (Error, then CrashLoopBackOff)', () => {
    expect(container('busybox', { command: ['sh', '-c', 'exit 1'] }).steps.at(-1)).toEqual({ kind: 'exit', code: 1 });
  });

  it('a bare busybox has nothing to do: sh without a terminal exits 0 (Completed)', () => {
    expect(container('busybox').steps.at(-1)).toEqual({ kind: 'exit', code: 0 });
  });

  it('sleep 3600 as pid 1 ignores SIGTERM and dies of SIGKILL', () => {
    const { process, steps } = container('busybox', { command: ['sleep', '3600'] });
    expect(steps).toEqual([
      { kind: 'sleep', ms: 3_600_000 },
      { kind: 'exit', code: 0 },
    ]);
    const again = container('busybox', { args: ['sleep', '3600'] });
    expect(again.steps[0]).toEqual({ kind: 'sleep', ms: 3_600_000 });
    expect(process.signal('TERM')).toEqual({ kind: 'exit', code: 0 });
    const fresh = ShellProcess.exec(['sleep', '10'], again.env, { env: {}, cwd: '/', sink: () => undefined });
    fresh.start();
    expect(fresh.signal('TERM')).toBeUndefined();
    expect(fresh.signal('KILL')).toEqual({ kind: 'exit', code: 137 });
  });

  it('an exec session (pid > 1) dies of SIGTERM with 143', () => {
    const { env } = container('busybox');
    const exec = ShellProcess.exec(['sleep', '10'], env, { env: {}, cwd: '/', pid: 12, sink: () => undefined });
    exec.start();
    expect(exec.signal('TERM')).toEqual({ kind: 'exit', code: 143 });
  });

  it('postgres without POSTGRES_PASSWORD exits 1 with its error', () => {
    const { out, steps } = container('postgres:17');
    expect(steps.at(-1)).toEqual({ kind: 'exit', code: 1 });
    expect(out.stderr).toContain('Error: Database is uninitialized and superuser password is not specified.');
  });

  it('postgres with a password writes PG_VERSION and serves 5432', () => {
    const { process, fs } = container('postgres:17', { env: { POSTGRES_PASSWORD: 'x' } });
    expect(process.listening.map((p) => p.port)).toEqual([5432]);
    expect(fs.readFile('/var/lib/postgresql/data/PG_VERSION')).toBe('17\n');
  });

  it('stress reports its memory use; --timeout ends it after simulated time', () => {
    const { process } = container('polinux/stress', {
      command: ['stress'],
      args: ['--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1'],
    });
    expect(process.usage.memoryBytes).toBe(151 * 1024 * 1024);
    const timed = container('polinux/stress', { command: ['stress', '--cpu', '1', '--timeout', '10s'] });
    expect(timed.steps).toEqual([
      { kind: 'sleep', ms: 10_000 },
      { kind: 'exit', code: 0 },
    ]);
    expect(timed.out.stdout).toContain('stress: info: [1] successful run completed in 10s');
  });

  it('nginx args replace CMD and keep the entrypoint', () => {
    const { out, steps, argv } = container('nginx', { args: ['sh', '-c', 'echo hi; exit 3'] });
    expect(argv).toEqual(['/docker-entrypoint.sh', 'sh', '-c', 'echo hi; exit 3']);
    expect(out.stdout).toBe('hi\n');
    expect(steps.at(-1)).toEqual({ kind: 'exit', code: 3 });
  });

  it('curlimages/curl: `curl` alone exits 2; args run curl', () => {
    const bare = container('curlimages/curl');
    expect(bare.steps.at(-1)).toEqual({ kind: 'exit', code: 2 });
    expect(bare.out.stderr).toContain("curl: try 'curl --help'");
  });

  it('the image decides the shell and tools: dash messages and no ps on nginx', () => {
    const { out } = container('nginx', { command: ['sh', '-c', 'ps; cat /nope'] });
    expect(out.stderr).toBe('sh: 1: ps: not found\ncat: /nope: No such file or directory\n');
  });

  it('reports commands that cannot start, as the runtime does', () => {
    const { env } = container('busybox');
    expect(startError(env, 'sleep')).toBeUndefined();
    expect(startError(env, 'bash')).toBe('exec: "bash": executable file not found in $PATH');
    expect(startError(env, '/app/run')).toBe('exec: "/app/run": stat /app/run: no such file or directory');
    expect(runtimeStartError('exec: "bash": executable file not found in $PATH')).toBe(
      'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: "bash": executable file not found in $PATH: unknown',
    );
    expect(execStartError('x')).toMatch(/^OCI runtime exec failed/);
    const pause = container('registry.k8s.io/pause:3.10');
    expect(pause.env.hasShell).toBe(false);
    expect(startError(pause.env, 'sh')).toBe('exec: "sh": executable file not found in $PATH');
  });
});
