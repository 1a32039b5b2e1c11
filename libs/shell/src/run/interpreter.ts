import type { AndOr, Command, List, Pipeline, Redirect, Word, WordPart } from '../parse/ast';
import { type ExpansionHost, expandFields, expandWord, expandWords } from '../expand/expand';
import { SHELL_MESSAGES } from '../flavour/flavour';
import type { ShellFlavour } from '../flavour/flavour';
import type { Effect, ResumeValue } from './effects';
import type { ShellEnvironment } from './environment';
import { glob } from './glob';
import { collector, Input, type Io } from './io';
import { applyRedirects, RedirectError, type WriteFailures } from './redirects';
import { ExitSignal, type ShellState } from './state';
import { runArgv } from './dispatch';
import { forLoop, ifCommand, whileLoop } from './compound';
import { parameter } from './parameters';

type Run = Generator<Effect, number, ResumeValue>;

/** Executes parsed scripts on a ShellState, yielding effects where it must wait. */
export class Interpreter {
  private steps = 0;
  private lastYield = 0;

  constructor(
    readonly env: ShellEnvironment,
    readonly state: ShellState,
    readonly flavour: ShellFlavour,
    readonly pid: number,
  ) {}

  get messages() {
    return SHELL_MESSAGES[this.flavour];
  }

  get caller() {
    return { cwd: this.state.cwd, uid: this.env.user.uid, gid: this.env.user.gid };
  }

  /** A new interpreter on a copy of the state (subshells, pipeline stages, $(...)). */
  child(): Interpreter {
    const child = new Interpreter(this.env, this.state.clone(), this.flavour, this.pid);
    child.steps = this.steps;
    child.lastYield = this.lastYield;
    return child;
  }

  /** Counts work; hands control back with a `busy` effect once the budget is used. */
  *tick(): Generator<Effect, void, ResumeValue> {
    this.steps++;
    const budget = this.env.stepBudget ?? 10_000;
    if (this.steps - this.lastYield >= budget) {
      this.lastYield = this.steps;
      yield { kind: 'busy', steps: budget };
    }
  }

  expansion(io: Io): ExpansionHost {
    const state = this.state;
    return {
      lookup: (name) => this.lookup(name),
      assign: (name, value) => void state.vars.set(name, value),
      positional: () => state.positional,
      substitute: (part) => this.substitute(part, io),
      glob: (pattern) => glob(this.env.fs, pattern, this.caller),
    };
  }

  lookup(name: string): string | undefined {
    return parameter(this.state, this.pid, name);
  }

  private *substitute(part: Extract<WordPart, { kind: 'command' }>, io: Io): Generator<Effect, string, ResumeValue> {
    const child = this.child();
    const out = collector();
    try {
      this.state.lastStatus = yield* child.list(part.script, { ...io, stdout: out.writer, stdoutIsPipe: true });
    } catch (signal) {
      if (!(signal instanceof ExitSignal)) throw signal;
      this.state.lastStatus = signal.code;
    }
    return out.text().replace(/\n+$/, '');
  }

  *list(list: List, io: Io): Run {
    let status = this.state.lastStatus;
    for (const item of list.items) {
      if (item.background) {
        // No concurrency: a background job runs to completion first ($! names a made-up pid).
        this.state.lastBackgroundPid = this.pid + 100;
      }
      status = yield* this.andOr(item.andOr, io);
      if (status !== 0 && this.state.errexit && item.andOr.rest.length === 0 && !item.andOr.first.negated)
        throw new ExitSignal(status);
    }
    return status;
  }

  private *andOr(andOr: AndOr, io: Io): Run {
    let status = yield* this.pipeline(andOr.first, io);
    for (const { op, pipeline } of andOr.rest) {
      if ((op === '&&' && status === 0) || (op === '||' && status !== 0)) status = yield* this.pipeline(pipeline, io);
    }
    return status;
  }

  private *pipeline(pipeline: Pipeline, io: Io): Run {
    let status: number;
    if (pipeline.commands.length === 1) {
      status = yield* this.command(pipeline.commands[0], io);
    } else {
      // Stages run one after another, each in a subshell, the output of one the input of the next.
      let input = io.stdin;
      status = 0;
      for (const [i, command] of pipeline.commands.entries()) {
        const last = i === pipeline.commands.length - 1;
        const out = collector();
        const stage = this.child();
        const stageIo: Io = {
          stdin: input,
          stdout: last ? io.stdout : out.writer,
          stderr: io.stderr,
          stdoutIsPipe: last ? io.stdoutIsPipe : true,
        };
        try {
          status = yield* stage.command(command, stageIo);
        } catch (signal) {
          if (!(signal instanceof ExitSignal)) throw signal;
          status = signal.code;
        }
        input = new Input(out.text());
      }
    }
    if (pipeline.negated) status = status === 0 ? 1 : 0;
    this.state.lastStatus = status;
    return status;
  }

  /** Runs `body` with redirections applied; a failed redirection fails the command (status 1). */
  *redirected(redirects: readonly Redirect[], io: Io, body: (io: Io) => Run | number): Run {
    const run = function* (target: Io): Run {
      const result = body(target);
      return typeof result === 'number' ? result : yield* result;
    };
    if (redirects.length === 0) return yield* run(io);
    const host = this.expansion(io);
    const targets: { redirect: Redirect; target: string }[] = [];
    for (const redirect of redirects) targets.push({ redirect, target: yield* expandWord(redirect.target, host) });
    const failures: WriteFailures = {};
    let redirectedIo: Io;
    try {
      redirectedIo = applyRedirects(targets, io, this.env.fs, this.caller, failures);
    } catch (error) {
      if (!(error instanceof RedirectError)) throw error;
      const say = error.kind === 'create' ? this.messages.cannotCreate : this.messages.cannotOpen;
      io.stderr(`${say(this.state.name, error.path, error.reason)}\n`);
      return 1;
    }
    const status = yield* run(redirectedIo);
    if (failures.reason) {
      io.stderr(`${this.messages.generic(this.state.name, `write error: ${failures.reason}`)}\n`);
      return status === 0 ? 1 : status;
    }
    return status;
  }

  *command(command: Command, io: Io): Run {
    yield* this.tick();
    switch (command.kind) {
      case 'simple':
        return yield* this.simple(command, io);
      case 'if':
        return yield* this.redirected(command.redirects, io, (rio) => ifCommand(this, command, rio));
      case 'while':
        return yield* this.redirected(command.redirects, io, (rio) => whileLoop(this, command, rio));
      case 'for':
        return yield* this.redirected(command.redirects, io, (rio) => forLoop(this, command, rio));
      case 'group':
        return yield* this.redirected(command.redirects, io, (rio) => this.list(command.body, rio));
      case 'subshell':
        return yield* this.redirected(command.redirects, io, (rio) => this.subshell(command.body, rio));
      default: {
        const _never: never = command;
        throw new Error(`unknown command ${JSON.stringify(_never)}`);
      }
    }
  }

  private *subshell(body: List, io: Io): Run {
    try {
      return yield* this.child().list(body, io);
    } catch (signal) {
      if (signal instanceof ExitSignal) return signal.code;
      throw signal;
    }
  }

  /** A condition (if, while): `set -e` does not apply inside it. */
  *condition(list: List, io: Io): Run {
    const errexit = this.state.errexit;
    this.state.errexit = false;
    try {
      return yield* this.list(list, io);
    } finally {
      this.state.errexit = errexit;
    }
  }

  private *simple(command: Extract<Command, { kind: 'simple' }>, io: Io): Run {
    const host = this.expansion(io);
    const argv = yield* expandWords(command.words, host);
    const assigned: [string, string][] = [];
    for (const a of command.assignments) assigned.push([a.name, yield* expandWord(a.value, host)]);
    if (argv.length === 0) {
      for (const [name, value] of assigned) this.state.vars.set(name, value);
      return yield* this.redirected(command.redirects, io, () => 0);
    }
    // VAR=value cmd: the assignment is in cmd's environment only.
    const saved = assigned.map(([name]) => [name, this.state.vars.get(name), this.state.exported.has(name)] as const);
    for (const [name, value] of assigned) {
      this.state.vars.set(name, value);
      this.state.exported.add(name);
    }
    try {
      const status = yield* this.redirected(command.redirects, io, (rio) => runArgv(this, argv, rio));
      this.state.lastStatus = status;
      return status;
    } finally {
      for (const [name, value, wasExported] of saved) {
        if (value === undefined) this.state.vars.delete(name);
        else this.state.vars.set(name, value);
        if (!wasExported) this.state.exported.delete(name);
      }
    }
  }

  /** Expands one word as the interpreter would (for callers such as `eval`-less helpers). */
  *fields(word: Word, io: Io): Generator<Effect, string[], ResumeValue> {
    return yield* expandFields(word, this.expansion(io));
  }
}
