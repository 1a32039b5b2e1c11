import { isFsError } from '@ksb/container-fs';
import { BUILTINS } from '../commands/builtins';
import { COMMANDS, SHELL_BUILTIN_COMMANDS } from '../commands/registry';
import type { CommandContext } from '../commands/types';
import { TOOL_MESSAGES } from '../flavour/tool-messages';
import type { ShellFlavour } from '../flavour/flavour';
import { parseScript } from '../parse/parser';
import { ShellSyntaxError } from '../parse/syntax-error';
import { ParameterError } from '../expand/expand';
import { ArithmeticError } from '../expand/arithmetic';
import type { Effect, ResumeValue } from './effects';
import { Interpreter } from './interpreter';
import type { Io } from './io';
import { runProgram } from './programs';
import { ExitSignal, ShellState } from './state';

type Run = Generator<Effect, number, ResumeValue>;

const SHELLS: Readonly<Record<string, ShellFlavour | 'default'>> = {
  sh: 'default',
  ash: 'busybox',
  dash: 'dash',
  bash: 'bash',
};
const BIN_DIRS = /^\/(usr\/)?(local\/)?s?bin\//;

const basename = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Whether the container has this command (PATH lookup by name, or /bin/... style paths). */
export function isAvailable(interp: Interpreter, name: string): boolean {
  const command = BIN_DIRS.test(name) ? basename(name) : name;
  if (name.includes('/') && !BIN_DIRS.test(name)) return false;
  return interp.env.available ? interp.env.available(command) : true;
}

export function context(interp: Interpreter, argv: string[], io: Io): CommandContext {
  return {
    name: argv[0],
    args: argv.slice(1),
    io,
    state: interp.state,
    pid: interp.pid,
    env: interp.env,
    fs: interp.env.fs,
    shellMessages: interp.messages,
    tools: TOOL_MESSAGES[interp.env.tools === 'gnu' ? 'gnu' : 'busybox'],
    run: (next, nextIo) => runArgv(interp, next, nextIo),
    caller: interp.caller,
    fail: (text) => io.stderr(`${text}\n`),
  };
}

/** Runs one command line's argv: builtin, implemented tool, image program, shell, or script file. */
export function* runArgv(interp: Interpreter, argv: string[], io: Io): Run {
  const name = argv[0];
  const builtin = BUILTINS[name];
  if (builtin) {
    const result = builtin(interp, argv.slice(1), io);
    return typeof result === 'number' ? result : yield* result;
  }
  const command = BIN_DIRS.test(name) ? basename(name) : name;
  const shellKind = SHELLS[command];
  if (shellKind && isAvailable(interp, name)) {
    return yield* runShell(interp, shellKind === 'default' ? interp.env.flavour : shellKind, argv, io);
  }
  const impl = COMMANDS[command];
  if (impl && (SHELL_BUILTIN_COMMANDS.has(command) || isAvailable(interp, name))) {
    const result = impl(context(interp, [command, ...argv.slice(1)], io));
    return typeof result === 'number' ? result : yield* result;
  }
  const program = interp.env.programs?.(name);
  if (program) return yield* runProgram(interp, program, argv, io);
  if (
    name.includes('/') &&
    interp.env.fs.exists(name, interp.caller) &&
    !interp.env.fs.isDirectory(name, interp.caller)
  ) {
    return yield* runScriptFile(interp, name, argv, io);
  }
  io.stderr(`${interp.messages.notFound(interp.state.name, name)}\n`);
  return 127;
}

/** A script file run by path: needs the execute bit; its #! line picks the shell. */
function* runScriptFile(interp: Interpreter, path: string, argv: string[], io: Io): Run {
  const stat = interp.env.fs.stat(path, interp.caller);
  if ((stat.mode & 0o111) === 0) {
    io.stderr(`${interp.messages.generic(interp.state.name, `${path}: Permission denied`)}\n`);
    return 126;
  }
  const text = interp.env.fs.readFile(path, interp.caller);
  const shebang = /^#!\s*(\S+)/.exec(text)?.[1] ?? '/bin/sh';
  const kind = SHELLS[basename(shebang)];
  const flavour = kind === undefined || kind === 'default' ? interp.env.flavour : kind;
  return yield* runScript(interp, flavour, text, path, argv.slice(1), io);
}

/** sh [-e] [-x] -c 'script' [name [args...]], sh file [args], or sh reading its script from stdin. */
function* runShell(interp: Interpreter, flavour: ShellFlavour, argv: string[], io: Io): Run {
  let i = 1;
  let errexit = false;
  let command: string | undefined;
  while (i < argv.length && /^-[a-z]+$/.test(argv[i])) {
    if (argv[i].includes('e')) errexit = true;
    if (argv[i].includes('c')) {
      command = argv[i + 1];
      i += 2;
      if (command === undefined) {
        io.stderr(`${interp.messages.generic(basename(argv[0]), '-c requires an argument')}\n`);
        return 2;
      }
      break;
    }
    i++;
  }
  const name = basename(argv[0]);
  if (command !== undefined) {
    const [arg0, ...rest] = argv.slice(i);
    return yield* runScript(interp, flavour, command, arg0 ?? name, rest, io, errexit);
  }
  const file = argv[i];
  if (file !== undefined) {
    let text: string;
    try {
      text = interp.env.fs.readFile(file, interp.caller);
    } catch (error) {
      const reason = isFsError(error) ? error.message : String(error);
      io.stderr(`${interp.messages.cannotOpen(name, file, reason)}\n`);
      return flavour === 'bash' ? 127 : 2;
    }
    return yield* runScript(interp, flavour, text, file, argv.slice(i + 1), io, errexit);
  }
  // No terminal: the script is whatever stdin holds (nothing, for a container's bare `sh`).
  return yield* runScript(interp, flavour, io.stdin.readAll(), name, [], io, errexit);
}

/** Runs a script in a new shell process with the caller's exported environment. */
export function* runScript(
  interp: Interpreter,
  flavour: ShellFlavour,
  text: string,
  name: string,
  args: string[],
  io: Io,
  errexit = false,
): Run {
  const state = new ShellState({ env: interp.state.environment(), cwd: interp.state.cwd, name, positional: args });
  state.errexit = errexit;
  const child = new Interpreter(interp.env, state, flavour, interp.pid);
  return yield* runParsed(child, text, io);
}

/** Parses and runs a script on an interpreter, turning syntax errors and `exit` into statuses. */
export function* runParsed(interp: Interpreter, text: string, io: Io, catchExit = true): Run {
  try {
    const list = parseScript(text);
    return yield* interp.list(list, io);
  } catch (error) {
    if (error instanceof ExitSignal && catchExit) return error.code;
    if (error instanceof ShellSyntaxError) {
      io.stderr(`${interp.messages.syntax(interp.state.name, error)}\n`);
      return 2;
    }
    if (error instanceof ParameterError || error instanceof ArithmeticError) {
      io.stderr(`${interp.messages.generic(interp.state.name, error.message)}\n`);
      return error instanceof ParameterError ? 1 : 2;
    }
    throw error;
  }
}
