import { ContainerFs } from '@ksb/container-fs';
import type { ResolvedImage, ResourceUsage, ServedPort } from '@ksb/image-catalog';
import {
  environmentForImage,
  runtimeStartError,
  ShellProcess,
  startError,
  type HttpCall,
  type HttpOutcome,
  type ResolveOutcome,
  type ResumeValue,
  type StepResult,
} from '@ksb/shell';
import type { RuntimeTimings } from '../timing/runtime-timings';

/** The simulated network a container's own process reaches (curl/wget/nslookup in its command). */
export interface ProcessNetwork {
  http: (call: HttpCall) => HttpOutcome;
  resolve: (name: string) => ResolveOutcome;
}

/** Output of the container's main process, stamped with the virtual time it was written at. */
export type ProcessSink = (stream: 'stdout' | 'stderr', chunk: string, at: number) => void;

/** Everything a container's main process is started from: the same inputs always give the same run. */
export interface ProcessLaunch {
  image: ResolvedImage;
  argv: readonly string[];
  env: Readonly<Record<string, string>>;
  cwd: string;
  hostname: string;
  podIP: string;
  startedAt: number;
  memoryLimitBytes?: number;
  /** The container's filesystem (image files and volumes); the image's files alone when absent. */
  fs?: (clock: () => number) => ContainerFs;
  network?: ProcessNetwork;
  sink?: ProcessSink;
  /** Output at or before this virtual time was already delivered (a replay after a worker restart). */
  replayUntil?: number;
}

/** Where a process stands after a drive. */
export type ProcessReport =
  | {
      kind: 'running';
      drivenTo: number;
      wakeAt?: number;
      listening: readonly ServedPort[];
      usage: ResourceUsage;
      busy: boolean;
    }
  | {
      kind: 'exited';
      at: number;
      code: number;
      oomKilled: boolean;
      listening: readonly ServedPort[];
      usage: ResourceUsage;
    }
  | { kind: 'start-error'; at: number; message: string };

const MAX_EFFECTS_PER_DRIVE = 1000;
/**
 * Non-blocking chunks (each up to the shell's step budget of commands) per drive: interpreting a CPU-bound
 * loop is the expensive part, so a drive gives it a few chunks and fast-forwards the rest (see advance).
 */
const MAX_BUSY_PER_DRIVE = 2;
/** Commands per non-blocking chunk (the shell's default is 10,000; ~10 ms of interpreting at most). */
const STEP_BUDGET = 1000;
const BUSY_USAGE_MILLICORES = 1000;

/**
 * A container's main process on simulated time. The shell's generator cannot be serialized, so a runner
 * lives only in memory (see ProcessTable); what is persisted is the launch data and how far it ran. A
 * runner rebuilt after a worker restart starts the same process at the same `startedAt` and replays its
 * effects up to `now`: sleeps, exits and waits land at the same virtual times, output already delivered
 * is suppressed (`replayUntil`). CPU-bound loops are the exception: they are cut by an effect budget per
 * drive, so where a replay cuts them may differ (only their virtual clock, not their outcome, changes).
 */
export class ProcessRunner {
  private clock: number;
  private step: StepResult | undefined;
  /** The wake-up time of the sleep the process is blocked in. */
  private sleepUntil: number | undefined;
  /** Whether the process blocked in a sleep since its last `busy` chunk. */
  private sleptSinceBusy = false;
  private readonly process: ShellProcess | undefined;
  private readonly startFailure: string | undefined;

  constructor(private readonly launch: ProcessLaunch) {
    this.clock = launch.startedAt;
    const clock = () => this.clock;
    const fs = launch.fs ? launch.fs(clock) : new ContainerFs({ files: launch.image.files, clock });
    const env = {
      ...environmentForImage(launch.image, { fs, clock, hostname: launch.hostname, podIP: launch.podIP }),
      stepBudget: STEP_BUDGET,
    };
    const argv0 = launch.argv[0];
    const cannotStart = argv0 === undefined ? 'no command specified' : startError(env, argv0);
    if (cannotStart !== undefined) {
      this.startFailure = runtimeStartError(cannotStart);
      return;
    }
    this.process = ShellProcess.exec(launch.argv, env, {
      env: launch.env,
      cwd: launch.cwd,
      sink: (stream, chunk) => {
        if (launch.replayUntil !== undefined && this.clock <= launch.replayUntil) return;
        launch.sink?.(stream, chunk, this.clock);
      },
    });
  }

  /** Runs the process on virtual time up to `now` (never beyond), answering its effects. */
  advance(now: number, timings: RuntimeTimings): ProcessReport {
    const process = this.process;
    if (!process) return { kind: 'start-error', at: this.launch.startedAt, message: this.startFailure ?? '' };
    let busy = false;
    let busyChunks = 0;
    let value: ResumeValue;
    for (let effects = 0; effects < MAX_EFFECTS_PER_DRIVE; effects++) {
      const step = this.step === undefined ? process.start() : this.resumeAt(process, now, value);
      if (step === 'blocked') return this.running(process, busy);
      this.step = step;
      value = undefined;
      const oom = this.oomCheck(process);
      if (oom) return oom;
      switch (step.kind) {
        case 'exit':
          return this.exited(process, step.code, false);
        case 'sleep':
          this.sleptSinceBusy = true;
          continue;
        case 'busy':
          // The shell counts steps across sleeps: a chunk that slept meanwhile is not a CPU-bound loop.
          if (this.sleptSinceBusy) {
            this.sleptSinceBusy = false;
            continue;
          }
          // Charged virtual time, never past `now`: the loop's output must not come from the future.
          busy = true;
          this.clock = Math.min(this.clock + step.steps * timings.busyStepMs, now);
          if (++busyChunks >= MAX_BUSY_PER_DRIVE || this.clock >= now) return this.fastForward(process, now, timings);
          continue;
        case 'wait':
          return this.running(process, busy);
        case 'http':
          value = this.launch.network?.http(step.call) ?? { kind: 'unresolved' };
          continue;
        case 'resolve':
          value = this.launch.network?.resolve(step.name) ?? { kind: 'nxdomain' };
          continue;
        case 'signal':
          // Another pid of the container: the main process is the only one the runtime tracks.
          value = false;
          continue;
        case 'signal-container': {
          // The process signals itself (kill 1): pid 1 ignores signals it has no handler for.
          const ended = process.signal(step.signal.replace(/^SIG/, ''));
          if (ended?.kind === 'exit') return this.exited(process, ended.code, false);
          continue;
        }
        case 'listen':
          continue;
        default: {
          const _never: never = step;
          throw new Error(`unknown effect ${JSON.stringify(_never)}`);
        }
      }
    }
    // A tight sleep loop used the effect budget: skip to now rather than lag behind it.
    return this.fastForward(process, now, timings, busy);
  }

  /**
   * A CPU-bound loop used the drive's budget: it had the CPU until now and is looked at again later
   * (skipped iterations are lost, which only a loop's own clock readings could notice).
   */
  private fastForward(process: ShellProcess, now: number, timings: RuntimeTimings, busy = true): ProcessReport {
    this.clock = Math.max(this.clock, now);
    return this.running(process, busy, now + timings.busyRecheckMs);
  }

  /** Delivers a signal from outside (the kubelet stopping the container, kubectl exec's kill 1). */
  signal(name: string, at: number): ProcessReport | undefined {
    const process = this.process;
    if (!process) return undefined;
    this.clock = Math.max(this.clock, at);
    const ended = process.signal(name);
    return ended?.kind === 'exit' ? this.exited(process, ended.code, false) : undefined;
  }

  /** Resumes past the current effect if its time has come; 'blocked' when it has not. */
  private resumeAt(process: ShellProcess, now: number, value: ResumeValue): StepResult | 'blocked' {
    const current = this.step;
    if (current?.kind === 'wait') return 'blocked';
    if (current?.kind === 'sleep') {
      const wakeAt = this.sleepUntil ?? this.clock + current.ms;
      this.sleepUntil = wakeAt;
      if (wakeAt > now) return 'blocked';
      // Never backwards: a fast-forward may have moved the clock past the wake-up time.
      this.clock = Math.max(this.clock, wakeAt);
      this.sleepUntil = undefined;
    }
    return process.resume(value);
  }

  private oomCheck(process: ShellProcess): ProcessReport | undefined {
    const limit = this.launch.memoryLimitBytes;
    if (limit === undefined || process.usage.memoryBytes <= limit) return undefined;
    // The kernel's OOM killer: SIGKILL, exit 137, as soon as the usage is reached.
    process.signal('KILL');
    return this.exited(process, 137, true);
  }

  private running(process: ShellProcess, busy: boolean, wakeAt?: number): ProcessReport {
    const sleeping = this.step?.kind === 'sleep' ? this.sleepUntil : undefined;
    const due = wakeAt ?? sleeping;
    const usage = busy
      ? { ...process.usage, cpuMillicores: Math.max(process.usage.cpuMillicores, BUSY_USAGE_MILLICORES) }
      : process.usage;
    return {
      kind: 'running',
      drivenTo: this.clock,
      ...(due !== undefined ? { wakeAt: due } : {}),
      listening: process.listening,
      usage,
      busy,
    };
  }

  private exited(process: ShellProcess, code: number, oomKilled: boolean): ProcessReport {
    return { kind: 'exited', at: this.clock, code, oomKilled, listening: process.listening, usage: process.usage };
  }
}
