import { ContainerFs, type SeedFile } from '@ksb/container-fs';
import type { Effect, ResumeValue } from '../run/effects';
import type { ShellEnvironment } from '../run/environment';
import { ShellProcess } from '../run/process';
import type { HttpCall, HttpOutcome, ResolveOutcome } from '../net/network';

/** Test host: a simulated clock that sleeps advance, canned network answers, recorded effects. */
export interface Harness {
  env: ShellEnvironment;
  fs: ContainerFs;
  now: () => number;
  effects: Effect[];
  calls: HttpCall[];
  advance: (ms: number) => void;
}

export const T0 = Date.UTC(2026, 10, 25, 2, 56, 0);

export function harness(overrides: Partial<ShellEnvironment> = {}, files: SeedFile[] = []): Harness {
  let now = T0;
  const clock = () => now;
  const fs = new ContainerFs({
    files: [
      { path: '/etc/passwd', content: 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n' },
      { path: '/etc/group', content: 'root:x:0:\n' },
      ...files,
    ],
    clock,
  });
  const h: Harness = {
    fs,
    now: clock,
    effects: [],
    calls: [],
    advance: (ms) => {
      now += ms;
    },
    env: {
      fs,
      clock,
      hostname: 'web-0',
      podIP: '10.244.1.5',
      user: { uid: 0, gid: 0, name: 'root', home: '/root' },
      flavour: 'busybox',
      tools: 'busybox',
      ...overrides,
    },
  };
  return h;
}

export interface RunResult {
  stdout: string;
  stderr: string;
  code: number | undefined;
  effects: Effect[];
  /** The effect the process was left blocked on (wait forever, a budget stop). */
  blocked?: Effect;
}

export interface Network {
  http?: (call: HttpCall) => HttpOutcome;
  resolve?: (name: string) => ResolveOutcome;
}

/** Drives a process to its end (or until it blocks forever / maxEffects), answering effects. */
export function drive(
  h: Harness,
  process: ShellProcess,
  out: { stdout: string[]; stderr: string[] },
  network: Network = {},
  maxEffects = 200,
): RunResult {
  let step = process.start();
  const result = (code: number | undefined, blocked?: Effect): RunResult => ({
    stdout: out.stdout.join(''),
    stderr: out.stderr.join(''),
    code,
    effects: h.effects,
    ...(blocked ? { blocked } : {}),
  });
  for (;;) {
    if (step.kind === 'exit') return result(step.code);
    h.effects.push(step);
    // Stop at a process that waits for good, or once maxEffects effects were seen (the last one unanswered).
    if (step.kind === 'wait' || h.effects.length >= maxEffects) return result(undefined, step);
    let value: ResumeValue;
    switch (step.kind) {
      case 'sleep':
        h.advance(step.ms);
        break;
      case 'http':
        h.calls.push(step.call);
        value = network.http?.(step.call) ?? { kind: 'unresolved' };
        break;
      case 'resolve':
        value = network.resolve?.(step.name) ?? { kind: 'nxdomain' };
        break;
      case 'signal':
        value = true;
        break;
      default:
        break;
    }
    step = process.resume(value);
  }
}

/** Runs `sh -c script` (or an argv) in a fresh harness, or in `h`. */
export function sh(
  script: string | string[],
  options: {
    h?: Harness;
    env?: Record<string, string>;
    network?: Network;
    stdin?: string;
    maxEffects?: number;
    pid?: number;
  } = {},
): RunResult & { h: Harness } {
  const h = options.h ?? harness();
  h.effects.length = 0;
  const out = { stdout: [] as string[], stderr: [] as string[] };
  const argv = typeof script === 'string' ? ['sh', '-c', script] : script;
  const process = ShellProcess.exec(argv, h.env, {
    env: {
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      HOSTNAME: 'web-0',
      HOME: '/root',
      ...options.env,
    },
    cwd: '/',
    pid: options.pid ?? 1,
    ...(options.stdin !== undefined ? { stdin: options.stdin } : {}),
    sink: (stream, chunk) => out[stream].push(chunk),
  });
  return { ...drive(h, process, out, options.network, options.maxEffects), h };
}
