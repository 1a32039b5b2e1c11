import type { Effect, ResumeValue } from '../run/effects';
import { parseOptions, reasonOf } from './options';
import type { CommandContext } from './types';

/** The text of each operand (stdin for none or "-"); failures are reported and flagged. */
function inputs(
  ctx: CommandContext,
  tool: string,
  operands: string[],
): { name: string; text: string }[] & { failed?: boolean } {
  const out: { name: string; text: string }[] & { failed?: boolean } = [];
  for (const name of operands.length ? operands : ['-']) {
    if (name === '-') {
      out.push({ name, text: ctx.io.stdin.readAll() });
      continue;
    }
    try {
      out.push({ name, text: ctx.fs.readFile(name, ctx.caller) });
    } catch (error) {
      ctx.fail(ctx.tools.cantOpen(tool, name, reasonOf(error)));
      out.failed = true;
    }
  }
  return out;
}

const splitLines = (text: string): string[] => {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
};

/** -n N, -N and "-n +N" (tail: from line N). */
function lineCount(args: string[]): { args: string[]; count: number; fromStart: boolean } {
  const rest: string[] = [];
  let count = 10;
  let fromStart = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value =
      arg === '-n' ? args[++i] : /^-n.+/.test(arg) ? arg.slice(2) : /^-\d+$/.test(arg) ? arg.slice(1) : undefined;
    if (value === undefined) rest.push(arg);
    else {
      fromStart = value.startsWith('+');
      count = Math.abs(Number.parseInt(value, 10)) || 0;
    }
  }
  return { args: rest, count, fromStart };
}

export function head(ctx: CommandContext): number {
  const { args, count } = lineCount(ctx.args);
  const files = inputs(ctx, 'head', parseOptions(args).operands);
  files.forEach(({ name, text }, i) => {
    if (files.length > 1) ctx.io.stdout(`${i > 0 ? '\n' : ''}==> ${name} <==\n`);
    ctx.io.stdout(
      splitLines(text)
        .slice(0, count)
        .map((l) => `${l}\n`)
        .join(''),
    );
  });
  return files.failed ? 1 : 0;
}

/** tail [-n N] [-f]: with -f it keeps waiting for more (the classic `tail -f /dev/null` keep-alive). */
export function* tail(ctx: CommandContext): Generator<Effect, number, ResumeValue> {
  const { args, count, fromStart } = lineCount(ctx.args);
  const { flags, operands } = parseOptions(args);
  const files = inputs(
    ctx,
    'tail',
    operands.filter((o) => o !== '/dev/null'),
  );
  for (const { text } of files) {
    const lines = splitLines(text);
    ctx.io.stdout(
      (fromStart ? lines.slice(Math.max(count - 1, 0)) : lines.slice(Math.max(lines.length - count, 0)))
        .map((l) => `${l}\n`)
        .join(''),
    );
  }
  if (flags.has('f') || flags.has('F')) for (;;) yield { kind: 'wait', reason: 'forever' };
  return files.failed ? 1 : 0;
}

export function wc(ctx: CommandContext): number {
  const { flags, operands } = parseOptions(ctx.args);
  const chosen = ['l', 'w', 'c'].filter((f) => flags.has(f) || (f === 'c' && flags.has('m')));
  const columns = chosen.length ? chosen : ['l', 'w', 'c'];
  const files = inputs(ctx, 'wc', operands);
  const counts = (text: string): Record<string, number> => ({
    l: (text.match(/\n/g) ?? []).length,
    w: text.split(/\s+/).filter((w) => w !== '').length,
    c: Buffer.byteLength(text),
  });
  const width = columns.length === 1 && operands.length <= 1 ? 0 : ctx.env.tools === 'gnu' ? 1 : 7;
  for (const { name, text } of files) {
    const c = counts(text);
    const cells = columns.map((col) => String(c[col]).padStart(width));
    ctx.io.stdout(`${cells.join(' ')}${name === '-' ? '' : ` ${name}`}\n`);
  }
  return files.failed ? 1 : 0;
}

/** A basic regular expression as JavaScript understands it (\| \( \) \{ \} become operators). */
function bre(pattern: string, extended: boolean, ignoreCase: boolean): RegExp {
  let source = pattern;
  if (!extended) {
    source = '';
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern[i];
      if (c === '\\' && i + 1 < pattern.length) {
        const n = pattern[++i];
        source += '|(){}+?'.includes(n) ? n : `\\${n}`;
      } else source += '|(){}+?'.includes(c) ? `\\${c}` : c;
    }
  }
  try {
    return new RegExp(source, ignoreCase ? 'i' : '');
  } catch {
    return new RegExp(pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), ignoreCase ? 'i' : '');
  }
}

/** grep [-vicnqEF] PATTERN [FILE]...: status 0 on a match, 1 on none, 2 on an error. */
export function grep(ctx: CommandContext): number {
  const { flags, values, operands } = parseOptions(ctx.args, 'e');
  const pattern = values.get('e') ?? operands.shift();
  if (pattern === undefined) {
    ctx.fail(
      ctx.env.tools === 'gnu'
        ? "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information."
        : 'BusyBox grep: missing pattern',
    );
    return 2;
  }
  const ignoreCase = flags.has('i');
  const test = flags.has('F')
    ? (line: string) => (ignoreCase ? line.toLowerCase().includes(pattern.toLowerCase()) : line.includes(pattern))
    : (
        (re) => (line: string) =>
          re.test(line)
      )(bre(pattern, flags.has('E'), ignoreCase));
  const files = inputs(ctx, 'grep', operands);
  let matched = 0;
  for (const { name, text } of files) {
    const prefix = operands.length > 1 ? `${name}:` : '';
    let count = 0;
    splitLines(text).forEach((line, index) => {
      if (test(line) === flags.has('v')) return;
      count++;
      if (!flags.has('c') && !flags.has('q') && !flags.has('l'))
        ctx.io.stdout(`${prefix}${flags.has('n') ? `${index + 1}:` : ''}${line}\n`);
    });
    if (flags.has('c')) ctx.io.stdout(`${prefix}${count}\n`);
    if (flags.has('l') && count > 0) ctx.io.stdout(`${name}\n`);
    matched += count;
  }
  if (files.failed && !flags.has('q')) return 2;
  return matched > 0 ? 0 : 1;
}

export function seq(ctx: CommandContext): number {
  const nums = ctx.args.filter((a) => !/^-[a-z]/.test(a)).map(Number);
  if (nums.length === 0 || nums.some(Number.isNaN)) {
    ctx.fail(
      nums.length === 0
        ? 'seq: missing operand'
        : `seq: invalid floating point argument: '${ctx.args.find((a) => Number.isNaN(Number(a))) ?? ''}'`,
    );
    return 1;
  }
  const [first, step, last] = nums.length === 1 ? [1, 1, nums[0]] : nums.length === 2 ? [nums[0], 1, nums[1]] : nums;
  const out: string[] = [];
  for (let n = first; step > 0 ? n <= last : n >= last; n += step) {
    out.push(`${n}\n`);
    if (out.length > 1_000_000 || step === 0) break;
  }
  ctx.io.stdout(out.join(''));
  return 0;
}

/** yes: into a pipe it stops after a pipe's worth; otherwise it writes forever, burning CPU. */
export function* yes(ctx: CommandContext): Generator<Effect, number, ResumeValue> {
  const line = `${ctx.args.length ? ctx.args.join(' ') : 'y'}\n`;
  const chunk = line.repeat(1024);
  if (ctx.io.stdoutIsPipe) {
    ctx.io.stdout(line.repeat(Math.max(1, Math.floor(65_536 / line.length))));
    return 0;
  }
  for (;;) {
    ctx.io.stdout(chunk);
    yield { kind: 'busy', steps: 1024 };
  }
}
