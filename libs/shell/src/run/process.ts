import type { ResourceUsage, ServedPort } from '@ksb/image-catalog';
import { SIGNALS } from '../commands/processes';
import type { ShellFlavour } from '../flavour/flavour';
import { runArgv, runParsed } from './dispatch';
import type { Effect, ResumeValue, StepResult } from './effects';
import type { ShellEnvironment } from './environment';
import { Interpreter } from './interpreter';
import { Input, type Io } from './io';
import { ExitSignal, ShellState } from './state';

/** Where a process's output goes, chunk by chunk, as it is written. */
export type OutputSink = (stream: 'stdout' | 'stderr', chunk: string) => void;

export interface ProcessOptions {
  /** Exported environment (the container's env: image defaults, pod env, HOSTNAME, service links). */
  env: Readonly<Record<string, string>>;
  cwd: string;
  /** 1 for a container's main process; exec sessions get higher pids. */
  pid?: number;
  stdin?: string;
  sink: OutputSink;
}

/** How a container's shell usage looks while it runs shell code (a server program reports its own). */
const SHELL_USAGE: ResourceUsage = { cpuMillicores: 0, memoryBytes: 1024 * 1024 };

/**
 * A running process of the simulated shell, driven by its host on simulated time: `start()` runs until
 * the first effect (sleep, wait, network, signal, busy) or the end; `resume(value)` continues after the
 * host has handled the effect. Deterministic given the same clock and answers.
 */
export class ShellProcess {
  private readonly generator: Generator<Effect, number, ResumeValue>;
  private finished: { code: number } | undefined;
  /** Ports a program of this process serves (after a `listen`). */
  listening: readonly ServedPort[] = [];
  usage: ResourceUsage = SHELL_USAGE;
  readonly pid: number;

  private constructor(
    run: (interp: Interpreter, io: Io) => Generator<Effect, number, ResumeValue>,
    env: ShellEnvironment,
    options: ProcessOptions,
    name: string,
  ) {
    this.pid = options.pid ?? 1;
    const state = new ShellState({ env: options.env, cwd: options.cwd, name });
    const interp = new Interpreter(env, state, env.flavour, this.pid);
    const io: Io = {
      stdin: new Input(options.stdin ?? ''),
      stdout: (chunk) => chunk && options.sink('stdout', chunk),
      stderr: (chunk) => chunk && options.sink('stderr', chunk),
      stdoutIsPipe: false,
    };
    this.generator = (function* () {
      try {
        return yield* run(interp, io);
      } catch (signal) {
        if (signal instanceof ExitSignal) return signal.code;
        throw signal;
      }
    })();
  }

  /** A container's main process or `kubectl exec -- argv...`: argv as the runtime execs it. */
  static exec(argv: readonly string[], env: ShellEnvironment, options: ProcessOptions): ShellProcess {
    return new ShellProcess((interp, io) => runArgv(interp, [...argv], io), env, options, 'sh');
  }

  /** A script run by /bin/sh (an exec probe's `sh -c`, an interactive line). */
  static script(
    script: string,
    env: ShellEnvironment,
    options: ProcessOptions & { flavour?: ShellFlavour },
  ): ShellProcess {
    return new ShellProcess(
      (interp, io) => runParsed(interp, script, io),
      options.flavour ? { ...env, flavour: options.flavour } : env,
      options,
      'sh',
    );
  }

  get done(): boolean {
    return this.finished !== undefined;
  }

  get exitCode(): number | undefined {
    return this.finished?.code;
  }

  start(): StepResult {
    return this.resume(undefined);
  }

  /** Continues after an effect; `value` answers http and resolve effects. */
  resume(value: ResumeValue): StepResult {
    if (this.finished) return { kind: 'exit', code: this.finished.code };
    for (;;) {
      const next = this.generator.next(value);
      if (next.done) {
        this.finished = { code: next.value };
        return { kind: 'exit', code: next.value };
      }
      if (next.value.kind !== 'listen') return next.value;
      this.listening = next.value.ports;
      this.usage = next.value.usage;
      value = undefined;
    }
  }

  /**
   * Delivers a signal. KILL always ends the process (137). A serving program handles TERM/INT/QUIT and
   * exits 0. Anything else dies of the signal (128+n), except as pid 1, which the kernel shields from
   * signals it installed no handler for (so `sleep 3600` as a container's command outlives SIGTERM).
   */
  signal(name: string): StepResult | undefined {
    if (this.finished) return { kind: 'exit', code: this.finished.code };
    const number = SIGNALS[name] ?? 15;
    let code: number | undefined;
    if (name === 'KILL') code = 137;
    else if (this.listening.length > 0 && ['TERM', 'INT', 'QUIT'].includes(name)) code = 0;
    else if (this.pid !== 1 && !['CONT', 'STOP', 'USR1', 'USR2'].includes(name)) code = 128 + number;
    if (code === undefined) return undefined;
    this.generator.return(code);
    this.finished = { code };
    return { kind: 'exit', code };
  }
}
