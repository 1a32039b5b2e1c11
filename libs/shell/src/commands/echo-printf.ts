import type { CommandContext } from './types';

/** Backslash escapes of echo -e and printf's format; `stop` is \c (no further output). */
export function unescape(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '\\' || i + 1 >= text.length) {
      out += c;
      continue;
    }
    const n = text[++i];
    const simple: Record<string, string> = {
      n: '\n',
      t: '\t',
      r: '\r',
      a: '\x07',
      b: '\b',
      f: '\f',
      v: '\v',
      e: '\x1b',
      '\\': '\\',
    };
    if (n in simple) out += simple[n];
    else if (n === 'c') return { text: out, stop: true };
    else if (n === '0' || /[1-7]/.test(n)) {
      const digits = /^[0-7]{1,3}/.exec(text.slice(n === '0' ? i + 1 : i))?.[0] ?? '';
      out += String.fromCharCode(parseInt(digits || '0', 8));
      i += n === '0' ? digits.length : digits.length - 1;
    } else out += `\\${n}`;
  }
  return { text: out, stop: false };
}

/** echo [-neE]: dash's echo always interprets escapes; busybox and bash only with -e. */
export function echo(ctx: CommandContext): number {
  let newline = true;
  let escapes = ctx.env.flavour === 'dash';
  let i = 0;
  for (; i < ctx.args.length && /^-[neE]+$/.test(ctx.args[i]) && ctx.env.flavour !== 'dash'; i++) {
    for (const flag of ctx.args[i].slice(1)) {
      if (flag === 'n') newline = false;
      else if (flag === 'e') escapes = true;
      else escapes = false;
    }
  }
  if (ctx.env.flavour === 'dash' && ctx.args[0] === '-n') {
    newline = false;
    i = 1;
  }
  let text = ctx.args.slice(i).join(' ');
  if (escapes) {
    const result = unescape(text);
    text = result.text;
    if (result.stop) newline = false;
  }
  ctx.io.stdout(newline ? `${text}\n` : text);
  return 0;
}

const SPEC = /%([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdiouxXcfeEgGb%])/g;

/** printf FORMAT [ARG]...: the format is reused until the arguments run out. */
export function printf(ctx: CommandContext): number {
  const [format, ...args] = ctx.args;
  if (format === undefined) {
    ctx.fail('printf: usage: printf format [arguments]');
    return 2;
  }
  let status = 0;
  let next = 0;
  let out = '';
  do {
    const start = next;
    out += format.replace(
      SPEC,
      (_m, flags: string, width: string | undefined, precision: string | undefined, conv: string) => {
        if (conv === '%') return '%';
        const arg = args[next++] ?? '';
        let text: string;
        if (conv === 's') text = precision !== undefined ? arg.slice(0, Number(precision)) : arg;
        else if (conv === 'b') text = unescape(arg).text;
        else if (conv === 'c') text = arg.slice(0, 1);
        else {
          const n = arg === '' ? 0 : Number(arg);
          if (Number.isNaN(n)) {
            ctx.fail(`printf: ${arg}: invalid number`);
            status = 1;
          }
          const v = Number.isNaN(n) ? 0 : n;
          if (conv === 'f' || conv === 'e' || conv === 'E' || conv === 'g' || conv === 'G')
            text = v.toFixed(precision !== undefined ? Number(precision) : 6);
          else if (conv === 'x' || conv === 'X')
            text = Math.trunc(v).toString(16)[conv === 'X' ? 'toUpperCase' : 'toLowerCase']();
          else if (conv === 'o') text = Math.trunc(v).toString(8);
          else text = String(Math.trunc(v));
          if (flags.includes('+') && v >= 0) text = `+${text}`;
        }
        const w = Number(width ?? 0);
        if (text.length < w)
          text = flags.includes('-')
            ? text.padEnd(w)
            : flags.includes('0') && conv !== 's'
              ? text.padStart(w, '0')
              : text.padStart(w);
        return text;
      },
    );
    if (next === start) break;
  } while (next < args.length);
  const result = unescape(out);
  ctx.io.stdout(result.text);
  return status;
}
