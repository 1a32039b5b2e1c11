import { isFsError } from '@ksb/container-fs';
import type { Effect, ResumeValue } from '../run/effects';
import type { Interpreter } from '../run/interpreter';
import type { Io } from '../run/io';
import { ExitSignal, LoopSignal } from '../run/state';
import { runArgv, runParsed } from '../run/dispatch';

type Builtin = (interp: Interpreter, args: string[], io: Io) => number | Generator<Effect, number, ResumeValue>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function count(interp: Interpreter, command: string, value: string | undefined, io: Io): number | undefined {
  if (value === undefined) return 1;
  if (/^\d+$/.test(value)) return Number(value);
  io.stderr(`${interp.messages.badNumber(interp.state.name, command, value)}\n`);
  return undefined;
}

function cd(interp: Interpreter, args: string[], io: Io): number {
  const s = interp.state;
  const target =
    args[0] === undefined
      ? (s.vars.get('HOME') ?? interp.env.user.home)
      : args[0] === '-'
        ? (s.vars.get('OLDPWD') ?? s.cwd)
        : args[0];
  const fs = interp.env.fs;
  const path = fs.resolve(target, interp.caller);
  try {
    if (fs.stat(path).type !== 'directory') {
      io.stderr(`${interp.messages.cd(s.name, target, 'Not a directory')}\n`);
      return interp.flavour === 'dash' ? 2 : 1;
    }
  } catch (error) {
    io.stderr(`${interp.messages.cd(s.name, target, isFsError(error) ? error.message : String(error))}\n`);
    return interp.flavour === 'dash' ? 2 : 1;
  }
  s.vars.set('OLDPWD', s.cwd);
  s.cwd = path;
  s.vars.set('PWD', path);
  if (args[0] === '-') io.stdout(`${path}\n`);
  return 0;
}

function exit(interp: Interpreter, args: string[], io: Io): number {
  if (args[0] === undefined) throw new ExitSignal(interp.state.lastStatus);
  if (!/^-?\d+$/.test(args[0])) {
    io.stderr(`${interp.messages.badNumber(interp.state.name, 'exit', args[0])}\n`);
    throw new ExitSignal(2);
  }
  throw new ExitSignal(((Number(args[0]) % 256) + 256) % 256);
}

function exportVars(interp: Interpreter, args: string[], io: Io): number {
  const s = interp.state;
  if (args.length === 0 || args[0] === '-p') {
    for (const name of [...s.exported].sort()) {
      const value = s.vars.get(name);
      if (value !== undefined) io.stdout(`export ${name}='${value.replace(/'/g, `'"'"'`)}'\n`);
    }
    return 0;
  }
  for (const arg of args) {
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg : arg.slice(0, eq);
    if (!NAME.test(name)) {
      io.stderr(`${interp.messages.generic(s.name, `export: ${arg}: bad variable name`)}\n`);
      return 1;
    }
    if (eq !== -1) s.vars.set(name, arg.slice(eq + 1));
    s.exported.add(name);
  }
  return 0;
}

function unset(interp: Interpreter, args: string[]): number {
  for (const name of args.filter((a) => a !== '-v')) {
    interp.state.vars.delete(name);
    interp.state.exported.delete(name);
  }
  return 0;
}

function set(interp: Interpreter, args: string[], io: Io): number {
  const s = interp.state;
  if (args.length === 0) {
    for (const [name, value] of [...s.vars].sort(([a], [b]) => a.localeCompare(b))) io.stdout(`${name}='${value}'\n`);
    return 0;
  }
  let i = 0;
  for (; i < args.length && /^[-+][a-z]+$/.test(args[i]); i++) {
    if (args[i].includes('e')) s.errexit = args[i].startsWith('-');
  }
  if (args[i] === '--') i++;
  if (i < args.length) s.positional = args.slice(i);
  return 0;
}

function read(interp: Interpreter, args: string[], io: Io): number {
  const names = args.filter((a) => !a.startsWith('-'));
  const line = io.stdin.readLine();
  if (line === undefined) return 1;
  const words = line.trim().split(/[ \t]+/);
  names.forEach((name, i) =>
    interp.state.vars.set(name, i === names.length - 1 ? words.slice(i).join(' ') : (words[i] ?? '')),
  );
  if (names.length === 0) interp.state.vars.set('REPLY', line);
  return 0;
}

function* dot(interp: Interpreter, args: string[], io: Io): Generator<Effect, number, ResumeValue> {
  const file = args[0];
  if (file === undefined) return 0;
  try {
    return yield* runParsed(interp, interp.env.fs.readFile(file, interp.caller), io);
  } catch (error) {
    if (!isFsError(error)) throw error;
    io.stderr(`${interp.messages.cannotOpen(interp.state.name, file, error.message)}\n`);
    return 2;
  }
}

/** Commands that act on the shell itself (they cannot run in a child process). */
export const BUILTINS: Readonly<Record<string, Builtin>> = {
  cd,
  exit,
  export: exportVars,
  unset,
  set,
  read,
  '.': dot,
  source: dot,
  ':': () => 0,
  true: () => 0,
  false: () => 1,
  wait: () => 0,
  trap: () => 0,
  umask: () => 0,
  shift: (interp, args, io) => {
    const n = count(interp, 'shift', args[0], io);
    if (n === undefined) return 2;
    if (n > interp.state.positional.length) return 1;
    interp.state.positional = interp.state.positional.slice(n);
    return 0;
  },
  break: (interp, args, io) => {
    const n = count(interp, 'break', args[0], io);
    if (n === undefined) return 2;
    throw new LoopSignal('break', n);
  },
  continue: (interp, args, io) => {
    const n = count(interp, 'continue', args[0], io);
    if (n === undefined) return 2;
    throw new LoopSignal('continue', n);
  },
  exec: function* (interp, args, io) {
    if (args.length === 0) return 0;
    throw new ExitSignal(yield* runArgv(interp, args, io));
  },
  eval: function* (interp, args, io) {
    return yield* runParsed(interp, args.join(' '), io);
  },
};
