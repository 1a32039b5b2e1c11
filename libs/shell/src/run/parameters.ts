import type { ShellState } from './state';

/** A parameter's value: the special ones ($? $$ $# $@ $0 $! $- $1..$9) or a variable. */
export function parameter(s: ShellState, pid: number, name: string): string | undefined {
  switch (name) {
    case '?':
      return String(s.lastStatus);
    case '$':
      return String(pid);
    case '#':
      return String(s.positional.length);
    case '@':
    case '*':
      return s.positional.join(' ');
    case '0':
      return s.name;
    case '!':
      return s.lastBackgroundPid === undefined ? '' : String(s.lastBackgroundPid);
    case '-':
      return s.errexit ? 'e' : '';
    default:
      if (/^[1-9]$/.test(name)) return s.positional[Number(name) - 1];
      return s.vars.get(name);
  }
}
