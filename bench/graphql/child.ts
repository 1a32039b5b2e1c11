import { type ChildProcess, fork } from 'node:child_process';

/** Every report a child sends has a type; 'failed' carries the error of a command it could not run. */
export type ChildReport = { type: string } | { type: 'failed'; message: string };

type ReportOf<R extends ChildReport, K extends R['type']> = Extract<R, { type: K }>;

const hasType = (value: unknown): value is { type: string } =>
  typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';

/**
 * A forked Node process of this benchmark (its main.js as built into dist/), driven over IPC command by
 * command. Started with --expose-gc so it can report its memory after full collections.
 */
export class BenchChild<C extends { type: string }, R extends ChildReport> {
  readonly pid: number;
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;

  constructor(
    private readonly name: string,
    script: string,
    options: { execArgv?: string[]; env?: Record<string, string> } = {},
  ) {
    this.child = fork(script, [], {
      execArgv: ['--expose-gc', ...(options.execArgv ?? [])],
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    if (this.child.pid === undefined) throw new Error(`${name}: could not fork ${script}`);
    this.pid = this.child.pid;
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  send(command: C): void {
    this.child.send(command);
  }

  /** Sends a command and waits for its report of the given type. */
  async ask<K extends R['type']>(command: C, type: K, timeoutMs: number): Promise<ReportOf<R, K>> {
    const answer = this.next(type, timeoutMs);
    this.send(command);
    return answer;
  }

  /** The next report of this type; fails on a 'failed' report, an early exit or after `timeoutMs`. */
  next<K extends R['type']>(type: K, timeoutMs: number): Promise<ReportOf<R, K>> {
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
      };
      const onMessage = (message: unknown) => {
        if (!hasType(message)) return;
        if (message.type === type) {
          done();
          resolve(message as ReportOf<R, K>);
        } else if (message.type === 'failed') {
          done();
          const text = 'message' in message ? String(message.message) : 'failed';
          reject(new Error(`${this.name}: ${text}`));
        }
      };
      const onExit = (code: number | null) => {
        done();
        reject(new Error(`${this.name} exited (${code}) before reporting "${type}"`));
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`${this.name}: no "${type}" within ${timeoutMs} ms`));
      }, timeoutMs);
      this.child.on('message', onMessage);
      this.child.on('exit', onExit);
    });
  }

  /** Asks the process to exit (the `exit` command); kills it if it has not within a few seconds. */
  async stop(exit: C): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    if (this.child.connected) this.send(exit);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** The child side: reports to the parent, and runs each command, reporting a failure instead of crashing. */
export function serveCommands<C extends { type: string }>(
  isCommand: (value: unknown) => value is C,
  handle: (command: C) => Promise<void>,
): void {
  process.on('message', (message: unknown) => {
    if (!isCommand(message)) return;
    handle(message).catch((error: unknown) => {
      reportToParent({
        type: 'failed',
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
    });
  });
  // The benchmark died or closed the channel: nothing left to serve.
  process.on('disconnect', () => process.exit(0));
}

export function reportToParent(report: ChildReport): void {
  process.send?.(report);
}

/** A value IPC carries as an object with a string `type` among the given ones. */
export const typedAs =
  <T extends { type: string }>(types: readonly T['type'][]) =>
  (value: unknown): value is T =>
    hasType(value) && (types as readonly string[]).includes(value.type);
