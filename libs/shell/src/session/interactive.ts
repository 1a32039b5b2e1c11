import { prompt, type ShellFlavour } from '../flavour/flavour';
import type { Effect, ResumeValue, StepResult } from '../run/effects';
import type { ShellEnvironment } from '../run/environment';
import { Interpreter } from '../run/interpreter';
import { collector, Input, type Io } from '../run/io';
import { runParsed } from '../run/dispatch';
import { ExitSignal, ShellState } from '../run/state';

/** What one line produced, and whether the session ended (`exit`). */
export interface LineResult {
  stdout: string;
  stderr: string;
  /** The effect the line is blocked on (sleep, http, ...), or the prompt-ready state. */
  pending?: Effect;
  exited?: number;
  prompt: string;
}

/**
 * `kubectl exec -it ... -- sh`: one shell whose state (cwd, variables) persists across lines. Feed a line,
 * drive its effects with `resume`, read the output and the next prompt. `exit N` ends the session with N.
 */
export class InteractiveSession {
  private readonly interp: Interpreter;
  private running: Generator<Effect, number, ResumeValue> | undefined;
  private out = collector();
  private err = collector();
  private exitCode: number | undefined;

  constructor(
    private readonly env: ShellEnvironment,
    options: { env: Readonly<Record<string, string>>; cwd: string; pid: number; name?: string; flavour?: ShellFlavour },
  ) {
    this.interp = new Interpreter(
      env,
      new ShellState({ env: options.env, cwd: options.cwd, name: options.name ?? 'sh' }),
      options.flavour ?? env.flavour,
      options.pid,
    );
  }

  get prompt(): string {
    return prompt(this.interp.flavour, this.env.user, this.env.hostname, this.interp.state.cwd);
  }

  get exited(): number | undefined {
    return this.exitCode;
  }

  /** Runs one line; returns when it finished or blocks on an effect. */
  feed(line: string): LineResult {
    if (this.exitCode !== undefined) return this.result({ kind: 'exit', code: this.exitCode });
    if (this.running) throw new Error('a line is still running');
    const io = {
      stdin: new Input(''),
      stdout: (chunk: string) => this.out.writer(chunk),
      stderr: (chunk: string) => this.err.writer(chunk),
      stdoutIsPipe: false,
    };
    this.exitRequested = undefined;
    this.running = this.runLine(line, io);
    return this.advance(undefined);
  }

  private exitRequested: number | undefined;

  private *runLine(line: string, io: Io): Generator<Effect, number, ResumeValue> {
    try {
      return yield* runParsed(this.interp, line, io, false);
    } catch (signal) {
      if (!(signal instanceof ExitSignal)) throw signal;
      this.exitRequested = signal.code;
      return signal.code;
    }
  }

  resume(value: ResumeValue): LineResult {
    return this.advance(value);
  }

  /** Ctrl-C: abandons the running line (status 130). */
  interrupt(): LineResult {
    this.running?.return(130);
    this.running = undefined;
    this.interp.state.lastStatus = 130;
    this.err.writer('^C\n');
    return this.result(undefined);
  }

  private advance(value: ResumeValue): LineResult {
    const running = this.running;
    if (!running) return this.result(undefined);
    const next = running.next(value);
    if (!next.done) return this.result(next.value);
    this.running = undefined;
    const code = next.value;
    if (this.exitRequested !== undefined) {
      this.exitCode = this.exitRequested;
      return this.result({ kind: 'exit', code: this.exitCode });
    }
    this.interp.state.lastStatus = code;
    return this.result(undefined);
  }

  private result(step: StepResult | undefined): LineResult {
    const stdout = this.out.text();
    const stderr = this.err.text();
    this.out = collector();
    this.err = collector();
    if (step?.kind === 'exit') return { stdout, stderr, exited: step.code, prompt: '' };
    return { stdout, stderr, ...(step ? { pending: step } : {}), prompt: step ? '' : this.prompt };
  }
}
