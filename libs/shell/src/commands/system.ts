import { dateCommandTime } from '@ksb/image-catalog';
import type { Effect, ResumeValue } from '../run/effects';
import type { CommandContext } from './types';

export function env(ctx: CommandContext): Generator<Effect, number, ResumeValue> | number {
  const args = [...ctx.args];
  const extra: [string, string][] = [];
  const clear = args[0] === '-i';
  if (clear) args.shift();
  while (args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[0])) {
    const arg = args.shift() ?? '';
    extra.push([arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]);
  }
  const vars = { ...(clear ? {} : ctx.state.environment()), ...Object.fromEntries(extra) };
  if (args.length === 0) {
    ctx.io.stdout(
      Object.entries(vars)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
    );
    return 0;
  }
  return (function* () {
    const saved = new Map(ctx.state.vars);
    const exported = new Set(ctx.state.exported);
    if (clear) ctx.state.exported.clear();
    for (const [k, v] of extra) {
      ctx.state.vars.set(k, v);
      ctx.state.exported.add(k);
    }
    try {
      return yield* ctx.run(args, ctx.io);
    } finally {
      ctx.state.vars.clear();
      for (const [k, v] of saved) ctx.state.vars.set(k, v);
      ctx.state.exported.clear();
      for (const k of exported) ctx.state.exported.add(k);
    }
  })();
}

export function printenv(ctx: CommandContext): number {
  const vars = ctx.state.environment();
  if (ctx.args.length === 0) {
    ctx.io.stdout(
      Object.entries(vars)
        .map(([k, v]) => `${k}=${v}\n`)
        .join(''),
    );
    return 0;
  }
  let status = 0;
  for (const name of ctx.args) {
    if (name in vars) ctx.io.stdout(`${vars[name]}\n`);
    else status = 1;
  }
  return status;
}

export function hostname(ctx: CommandContext): number {
  ctx.io.stdout(`${ctx.args[0] === '-i' ? ctx.env.podIP : ctx.env.hostname}\n`);
  return 0;
}

export function id(ctx: CommandContext): number {
  const { uid, gid, name } = ctx.env.user;
  const group = uid === gid ? name : String(gid);
  const flag = ctx.args.find((a) => a.startsWith('-')) ?? '';
  const named = flag.includes('n');
  if (flag.includes('u')) ctx.io.stdout(`${named ? name : uid}\n`);
  else if (flag.includes('g')) ctx.io.stdout(`${named ? group : gid}\n`);
  else ctx.io.stdout(`uid=${uid}(${name}) gid=${gid}(${group}) groups=${gid}(${group})\n`);
  return 0;
}

export function whoami(ctx: CommandContext): number {
  const { uid, name } = ctx.env.user;
  if (/^\d+$/.test(name)) {
    ctx.fail(ctx.env.tools === 'gnu' ? `whoami: cannot find name for user ID ${uid}` : `whoami: unknown uid ${uid}`);
    return 1;
  }
  ctx.io.stdout(`${name}\n`);
  return 0;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** date [-u] [+FORMAT]: the simulated clock, in UTC. */
export function date(ctx: CommandContext): number {
  const now = ctx.env.clock();
  const format = ctx.args.find((a) => a.startsWith('+'));
  if (!format) {
    ctx.io.stdout(`${dateCommandTime(now)}\n`);
    return 0;
  }
  const d = new Date(now);
  const table: Record<string, string> = {
    Y: String(d.getUTCFullYear()),
    m: pad(d.getUTCMonth() + 1),
    d: pad(d.getUTCDate()),
    H: pad(d.getUTCHours()),
    M: pad(d.getUTCMinutes()),
    S: pad(d.getUTCSeconds()),
    s: String(Math.floor(now / 1000)),
    N: pad((now % 1000) * 1_000_000, 9),
    T: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`,
    F: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    Z: 'UTC',
    z: '+0000',
    '%': '%',
  };
  ctx.io.stdout(`${format.slice(1).replace(/%(.)/g, (m, c: string) => table[c] ?? m)}\n`);
  return 0;
}

export function uname(ctx: CommandContext): number {
  const flags = ctx.args.join('');
  const parts = {
    s: 'Linux',
    n: ctx.env.hostname,
    r: '6.8.0-sandbox',
    v: '#1 SMP PREEMPT_DYNAMIC',
    m: 'x86_64',
    o: ctx.env.tools === 'gnu' ? 'GNU/Linux' : 'Linux',
  };
  const chosen = flags.includes('a')
    ? (['s', 'n', 'r', 'v', 'm', 'o'] as const)
    : (['s', 'n', 'r', 'v', 'm', 'o'] as const).filter((k) => flags.includes(k));
  ctx.io.stdout(`${(chosen.length ? chosen : (['s'] as const)).map((k) => parts[k]).join(' ')}\n`);
  return 0;
}

const UNITS: Readonly<Record<string, number>> = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** sleep N[smhd]...: a sleep effect for the host to schedule; `infinity` waits until signalled. */
export function* sleep(ctx: CommandContext): Generator<Effect, number, ResumeValue> {
  if (ctx.args.length === 0) {
    ctx.fail(
      ctx.env.tools === 'gnu'
        ? "sleep: missing operand\nTry 'sleep --help' for more information."
        : 'BusyBox: sleep: missing operand',
    );
    return 1;
  }
  let ms = 0;
  for (const arg of ctx.args) {
    if (arg === 'infinity' || arg === 'inf') {
      for (;;) yield { kind: 'wait', reason: 'forever' };
    }
    const match = /^(\d*\.?\d+)([smhd]?)$/.exec(arg);
    if (!match) {
      ctx.fail(
        ctx.env.tools === 'gnu'
          ? `sleep: invalid time interval '${arg}'\nTry 'sleep --help' for more information.`
          : `sleep: invalid number '${arg}'`,
      );
      return 1;
    }
    ms += Number(match[1]) * UNITS[match[2]];
  }
  if (ms > 0) yield { kind: 'sleep', ms: Math.round(ms) };
  return 0;
}

/** which NAME...: where the tool lives, for what the container has. */
export function which(ctx: CommandContext): number {
  let status = 0;
  for (const name of ctx.args.filter((a) => !a.startsWith('-'))) {
    const program = ctx.env.programs?.(name);
    const has = ctx.env.available ? ctx.env.available(name) : true;
    if (program) ctx.io.stdout(`${program.names.find((n) => n.startsWith('/')) ?? `/usr/local/bin/${name}`}\n`);
    else if (has) ctx.io.stdout(`${ctx.env.tools === 'gnu' ? '/usr/bin' : '/bin'}/${name}\n`);
    else status = 1;
  }
  return status;
}
