import type { Stat } from '@ksb/container-fs';
import { parseOptions, reasonOf } from './options';
import type { CommandContext } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SIX_MONTHS_MS = 182 * 24 * 3600 * 1000;

export function modeString(stat: Stat): string {
  const bits = (shift: number, special: number, char: string) => {
    const m = stat.mode >> shift;
    const x = (m & 1) !== 0;
    const s = (stat.mode & special) !== 0;
    return `${m & 4 ? 'r' : '-'}${m & 2 ? 'w' : '-'}${s ? (x ? char : char.toUpperCase()) : x ? 'x' : '-'}`;
  };
  return `${stat.type === 'directory' ? 'd' : '-'}${bits(6, 0o4000, 's')}${bits(3, 0o2000, 's')}${bits(0, 0o1000, 't')}`;
}

/** "Nov 25 02:56" for recent files, "Nov 25  2025" for older ones, as ls prints them. */
function lsTime(ms: number, now: number): string {
  const d = new Date(ms);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const recent = Math.abs(now - ms) < SIX_MONTHS_MS;
  const tail = recent
    ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
    : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

/** uid/gid to names from the container's /etc/passwd and /etc/group. */
function names(ctx: CommandContext, file: string): Map<number, string> {
  const map = new Map<number, string>();
  try {
    for (const line of ctx.fs.readFile(file).split('\n')) {
      const [name, , id] = line.split(':');
      if (name && id !== undefined && /^\d+$/.test(id)) map.set(Number(id), name);
    }
  } catch {
    // No passwd file (distroless): numbers are shown.
  }
  return map;
}

/** ls [-1laAd] [PATH]...: one entry per line (no terminal), -l in busybox or coreutils layout. */
export function ls(ctx: CommandContext): number {
  const { flags, operands } = parseOptions(ctx.args);
  const all = flags.has('a');
  const almost = flags.has('A');
  const long = flags.has('l') || flags.has('n');
  const gnu = ctx.env.tools === 'gnu';
  const users = long ? names(ctx, '/etc/passwd') : new Map<number, string>();
  const groups = long ? names(ctx, '/etc/group') : new Map<number, string>();
  const now = ctx.env.clock();
  const line = (name: string, stat: Stat) => {
    if (!long) return `${name}\n`;
    const user = flags.has('n') ? String(stat.uid) : (users.get(stat.uid) ?? String(stat.uid));
    const group = flags.has('n') ? String(stat.gid) : (groups.get(stat.gid) ?? String(stat.gid));
    const time = lsTime(stat.mtimeMs, now);
    return gnu
      ? `${modeString(stat)} ${stat.nlink} ${user} ${group} ${String(stat.size).padStart(5)} ${time} ${name}\n`
      : `${modeString(stat)} ${String(stat.nlink).padStart(4)} ${user.padEnd(8)} ${group.padEnd(8)} ${String(stat.size).padStart(9)} ${time} ${name}\n`;
  };
  const targets = operands.length ? operands : ['.'];
  let status = 0;
  const files: string[] = [];
  const dirs: string[] = [];
  for (const target of targets) {
    try {
      const stat = ctx.fs.stat(target, ctx.caller);
      if (stat.type === 'directory' && !flags.has('d')) dirs.push(target);
      else files.push(line(target, stat));
    } catch (error) {
      ctx.fail(ctx.tools.cantAccess('ls', target, reasonOf(error)));
      status = ctx.tools.lsMissingStatus;
    }
  }
  ctx.io.stdout(files.join(''));
  dirs.forEach((dir, index) => {
    let entries: string[];
    try {
      entries = ctx.fs.readdir(dir, ctx.caller).filter((name) => all || almost || !name.startsWith('.'));
    } catch (error) {
      ctx.fail(
        gnu ? `ls: cannot open directory '${dir}': ${reasonOf(error)}` : `ls: can't open '${dir}': ${reasonOf(error)}`,
      );
      status = ctx.tools.lsMissingStatus;
      return;
    }
    if (targets.length > 1) ctx.io.stdout(`${index > 0 || files.length ? '\n' : ''}${dir}:\n`);
    const path = (name: string) => `${dir === '/' ? '' : dir.replace(/\/+$/, '')}/${name}`;
    const stats = entries.map((name) => [name, ctx.fs.stat(path(name), ctx.caller)] as const);
    if (all) stats.unshift(['.', ctx.fs.stat(dir, ctx.caller)], ['..', ctx.fs.stat(`${dir}/..`, ctx.caller)]);
    if (long && gnu) ctx.io.stdout(`total ${stats.reduce((sum, [, s]) => sum + Math.ceil(s.size / 4096) * 4, 0)}\n`);
    ctx.io.stdout(stats.map(([name, stat]) => line(name, stat)).join(''));
  });
  return status;
}
