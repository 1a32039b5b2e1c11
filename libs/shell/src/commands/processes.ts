import type { Effect, ResumeValue } from '../run/effects';
import type { ProcessInfo } from '../run/environment';
import { ExitSignal } from '../run/state';
import type { CommandContext } from './types';

const cpuTime = (seconds = 0) => `${Math.floor(seconds / 60)}:${String(Math.floor(seconds % 60)).padStart(2, '0')}`;
const hms = (seconds = 0) =>
  [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), Math.floor(seconds % 60)]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
const clock = (ms: number | undefined) => (ms === undefined ? '00:00' : new Date(ms).toISOString().slice(11, 16));

/** ps: the host's process table (plus ps itself), in busybox or procps layout. */
export function ps(ctx: CommandContext): number {
  const table: ProcessInfo[] = [...(ctx.env.processes?.() ?? [])];
  const maxPid = table.reduce((max, p) => Math.max(max, p.pid), ctx.pid);
  table.push({
    pid: maxPid + 1,
    user: ctx.env.user.name,
    command: ['ps', ...ctx.args].join(' '),
    startedAtMs: ctx.env.clock(),
  });
  const out: string[] = [];
  if (ctx.env.tools !== 'gnu') {
    out.push('PID   USER     TIME  COMMAND');
    for (const p of table)
      out.push(`${String(p.pid).padStart(5)} ${p.user.padEnd(8)} ${cpuTime(p.cpuSeconds).padStart(5)} ${p.command}`);
  } else if (ctx.args.some((a) => /^-?aux$/.test(a))) {
    out.push('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    for (const p of table) {
      const rss = Math.round((p.rssBytes ?? 1_048_576) / 1024);
      out.push(
        `${p.user.padEnd(8)} ${String(p.pid).padStart(7)}  0.0  0.0 ${String(rss * 2).padStart(6)} ${String(rss).padStart(5)} ?        Ss   ${clock(p.startedAtMs)}   ${cpuTime(p.cpuSeconds)} ${p.command}`,
      );
    }
  } else if (ctx.args.some((a) => /^-e?f$|^-ef$/.test(a))) {
    out.push('UID          PID    PPID  C STIME TTY          TIME CMD');
    for (const p of table)
      out.push(
        `${p.user.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.pid === 1 ? 0 : 1).padStart(7)}  0 ${clock(p.startedAtMs)} ?        ${hms(p.cpuSeconds)} ${p.command}`,
      );
  } else {
    out.push('    PID TTY          TIME CMD');
    for (const p of table)
      out.push(
        `${String(p.pid).padStart(7)} ?        ${hms(p.cpuSeconds)} ${p.command.split(' ')[0].split('/').pop()}`,
      );
  }
  ctx.io.stdout(`${out.join('\n')}\n`);
  return 0;
}

export const SIGNALS: Readonly<Record<string, number>> = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  KILL: 9,
  USR1: 10,
  USR2: 12,
  TERM: 15,
  STOP: 19,
  CONT: 18,
};

/** kill [-SIG | -s SIG | -l] PID...: pid 1 is the container's main process (the host decides its fate). */
export function* kill(ctx: CommandContext): Generator<Effect, number, ResumeValue> {
  const args = [...ctx.args];
  let signal = 'TERM';
  if (args[0] === '-l') {
    ctx.io.stdout(`${Object.keys(SIGNALS).join(' ')}\n`);
    return 0;
  }
  if (args[0] === '-s') {
    args.shift();
    signal = (args.shift() ?? 'TERM').toUpperCase().replace(/^SIG/, '');
  } else if (args[0]?.startsWith('-')) {
    const given = (args.shift() ?? '').slice(1).toUpperCase().replace(/^SIG/, '');
    signal = /^\d+$/.test(given) ? (Object.keys(SIGNALS).find((k) => SIGNALS[k] === Number(given)) ?? given) : given;
  }
  if (!(signal in SIGNALS)) {
    ctx.fail(ctx.shellMessages.generic(ctx.state.name, `kill: invalid signal '${signal}'`));
    return 1;
  }
  let status = 0;
  for (const arg of args) {
    const pid = Number(arg);
    if (!Number.isInteger(pid)) {
      ctx.fail(ctx.shellMessages.generic(ctx.state.name, `kill: ${arg}: arguments must be process or job IDs`));
      status = 1;
      continue;
    }
    if (pid === ctx.pid && pid !== 1) {
      if (signal === 'CONT' || signal === 'STOP') continue;
      throw new ExitSignal(128 + SIGNALS[signal]);
    }
    if (pid === 1) {
      yield { kind: 'signal-container', signal };
      continue;
    }
    const known = (ctx.env.processes?.() ?? []).some((p) => p.pid === pid);
    const delivered = known && (yield { kind: 'signal', pid, signal }) !== false;
    if (!delivered) {
      ctx.fail(
        ctx.env.flavour === 'busybox'
          ? `${ctx.state.name}: can't kill pid ${pid}: No such process`
          : ctx.env.flavour === 'bash'
            ? `${ctx.state.name}: kill: (${pid}) - No such process`
            : `${ctx.state.name}: 1: kill: No such process`,
      );
      status = 1;
    }
  }
  return status;
}
