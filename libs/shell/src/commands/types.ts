import type { ContainerFs } from '@ksb/container-fs';
import type { ShellMessages } from '../flavour/flavour';
import type { ToolMessages } from '../flavour/tool-messages';
import type { Effect, ResumeValue } from '../run/effects';
import type { ShellEnvironment } from '../run/environment';
import type { Io } from '../run/io';
import type { ShellState } from '../run/state';

/** What a command sees: its argv, streams, and the shell it runs in. */
export interface CommandContext {
  /** argv[0] as invoked. */
  name: string;
  args: string[];
  io: Io;
  state: ShellState;
  /** The shell's pid ($$). */
  pid: number;
  env: ShellEnvironment;
  fs: ContainerFs;
  shellMessages: ShellMessages;
  tools: ToolMessages;
  /** Runs another argv as a command (xargs-like helpers, `exec`, `sh -c`). */
  run(argv: string[], io: Io): Generator<Effect, number, ResumeValue>;
  /** The caller for filesystem operations (cwd and user). */
  caller: { cwd: string; uid: number; gid: number };
  /** Writes `text` and a newline to stderr. */
  fail(text: string): void;
}

/** A command: sync ones return their status; ones that block (sleep, curl) are generators. */
export type Command = (ctx: CommandContext) => number | Generator<Effect, number, ResumeValue>;
