import type { CommandContext } from './types';

class TestError extends Error {}

/** test / [ : file, string and integer conditions with !, -a and -o (status 2 on a usage error). */
export function test(ctx: CommandContext): number {
  let args = ctx.args;
  if (ctx.name === '[') {
    if (args.at(-1) !== ']') {
      ctx.fail(
        ctx.env.flavour === 'bash'
          ? `${ctx.state.name}: [: missing \`]'`
          : ctx.shellMessages.generic(ctx.state.name, ctx.env.flavour === 'dash' ? '[: missing ]' : 'missing ]'),
      );
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return evaluate(ctx, args) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TestError)) throw error;
    ctx.fail(error.message);
    return 2;
  }
}

function integer(ctx: CommandContext, value: string): number {
  if (/^\s*-?\d+\s*$/.test(value)) return Number(value);
  const name = ctx.state.name;
  switch (ctx.env.flavour) {
    case 'bash':
      throw new TestError(`${name}: ${ctx.name}: ${value}: integer expression expected`);
    case 'dash':
      throw new TestError(`${name}: 1: ${ctx.name}: Illegal number: ${value}`);
    default:
      throw new TestError(`${name}: ${value === '' ? "''" : value}: bad number`);
  }
}

function unary(ctx: CommandContext, op: string, operand: string): boolean {
  const fs = ctx.fs;
  const stat = () => (fs.exists(operand, ctx.caller) ? fs.stat(operand, ctx.caller) : undefined);
  switch (op) {
    case '-z':
      return operand === '';
    case '-n':
      return operand !== '';
    case '-e':
      return stat() !== undefined;
    case '-f':
      return stat()?.type === 'file';
    case '-d':
      return stat()?.type === 'directory';
    case '-s':
      return (stat()?.size ?? 0) > 0 && stat()?.type === 'file';
    case '-r':
    case '-w':
    case '-x': {
      const s = stat();
      if (!s) return false;
      if (ctx.caller.uid === 0) return op !== '-x' || (s.mode & 0o111) !== 0 || s.type === 'directory';
      const bit = op === '-r' ? 4 : op === '-w' ? 2 : 1;
      const shift = s.uid === ctx.caller.uid ? 6 : s.gid === ctx.caller.gid ? 3 : 0;
      return ((s.mode >> shift) & bit) !== 0;
    }
    case '-L':
    case '-h':
      return false;
    default:
      throw new TestError(`${ctx.state.name}: ${op}: unknown operand`);
  }
}

function binary(ctx: CommandContext, left: string, op: string, right: string): boolean {
  switch (op) {
    case '=':
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '-eq':
      return integer(ctx, left) === integer(ctx, right);
    case '-ne':
      return integer(ctx, left) !== integer(ctx, right);
    case '-lt':
      return integer(ctx, left) < integer(ctx, right);
    case '-le':
      return integer(ctx, left) <= integer(ctx, right);
    case '-gt':
      return integer(ctx, left) > integer(ctx, right);
    case '-ge':
      return integer(ctx, left) >= integer(ctx, right);
    default:
      throw new TestError(`${ctx.state.name}: ${op}: unknown operand`);
  }
}

const BINARY = new Set(['=', '==', '!=', '-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

function evaluate(ctx: CommandContext, args: string[]): boolean {
  const or = args.indexOf('-o');
  if (or > 0) return evaluate(ctx, args.slice(0, or)) || evaluate(ctx, args.slice(or + 1));
  const and = args.indexOf('-a');
  if (and > 0) return evaluate(ctx, args.slice(0, and)) && evaluate(ctx, args.slice(and + 1));
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return args[0] !== '';
    case 2:
      return args[0] === '!' ? !evaluate(ctx, args.slice(1)) : unary(ctx, args[0], args[1]);
    case 3:
      if (BINARY.has(args[1])) return binary(ctx, args[0], args[1], args[2]);
      if (args[0] === '!') return !evaluate(ctx, args.slice(1));
      if (args[0] === '(' && args[2] === ')') return evaluate(ctx, [args[1]]);
      throw new TestError(`${ctx.state.name}: ${args[1]}: unknown operand`);
    default:
      if (args[0] === '!') return !evaluate(ctx, args.slice(1));
      throw new TestError(`${ctx.state.name}: ${ctx.name}: too many arguments`);
  }
}
