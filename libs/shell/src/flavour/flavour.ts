import type { ShellSyntaxError } from '../parse/syntax-error';

/** Which shell is /bin/sh: its messages and prompt differ (busybox ash, Debian's dash, bash). */
export type ShellFlavour = 'busybox' | 'dash' | 'bash';

/** The shell's own error lines, worded per flavour. `name` is argv[0] as invoked ("sh", "bash"). */
export interface ShellMessages {
  notFound: (name: string, command: string) => string;
  cannotCreate: (name: string, path: string, reason: string) => string;
  cannotOpen: (name: string, path: string, reason: string) => string;
  cd: (name: string, path: string, reason: string) => string;
  syntax: (name: string, error: ShellSyntaxError) => string;
  badNumber: (name: string, command: string, value: string) => string;
  generic: (name: string, text: string) => string;
}

const BUSYBOX: ShellMessages = {
  notFound: (name, command) => `${name}: ${command}: not found`,
  cannotCreate: (name, path, reason) => `${name}: can't create ${path}: ${reason}`,
  cannotOpen: (name, path, reason) => `${name}: can't open '${path}': ${reason}`,
  cd: (name, path, reason) => `${name}: cd: can't cd to ${path}: ${reason}`,
  syntax: (name, error) =>
    error.kind === 'unterminated-quote'
      ? `${name}: syntax error: unterminated quoted string`
      : error.kind === 'bad-substitution'
        ? `${name}: syntax error: bad substitution`
        : `${name}: syntax error: unexpected ${error.token === 'end of file' ? 'end of file' : `"${error.token}"`}`,
  badNumber: (name, command, value) => `${name}: ${command}: Illegal number: ${value}`,
  generic: (name, text) => `${name}: ${text}`,
};

const DASH: ShellMessages = {
  notFound: (name, command) => `${name}: 1: ${command}: not found`,
  cannotCreate: (name, path, reason) => `${name}: 1: cannot create ${path}: ${reason}`,
  cannotOpen: (name, path, reason) =>
    `${name}: 1: cannot open ${path}: ${reason === 'No such file or directory' ? 'No such file' : reason}`,
  cd: (name, path) => `${name}: 1: cd: can't cd to ${path}`,
  syntax: (name, error) =>
    error.kind === 'unterminated-quote'
      ? `${name}: 1: Syntax error: Unterminated quoted string`
      : error.kind === 'bad-substitution'
        ? `${name}: 1: Syntax error: Bad substitution`
        : `${name}: 1: Syntax error: ${error.token === 'end of file' ? 'end of file' : `"${error.token}"`} unexpected`,
  badNumber: (name, command, value) => `${name}: 1: ${command}: Illegal number: ${value}`,
  generic: (name, text) => `${name}: 1: ${text}`,
};

const BASH: ShellMessages = {
  notFound: (name, command) => `${name}: ${command}: command not found`,
  cannotCreate: (name, path, reason) => `${name}: ${path}: ${reason}`,
  cannotOpen: (name, path, reason) => `${name}: ${path}: ${reason}`,
  cd: (name, path, reason) => `${name}: cd: ${path}: ${reason}`,
  syntax: (name, error) =>
    error.kind === 'unterminated-quote'
      ? `${name}: -c: line 1: unexpected EOF while looking for matching \`${error.token}'`
      : error.kind === 'bad-substitution'
        ? `${name}: ${error.token}: bad substitution`
        : `${name}: -c: line 1: syntax error near unexpected token \`${error.token}'`,
  badNumber: (name, command, value) => `${name}: ${command}: ${value}: numeric argument required`,
  generic: (name, text) => `${name}: ${text}`,
};

export const SHELL_MESSAGES: Readonly<Record<ShellFlavour, ShellMessages>> = {
  busybox: BUSYBOX,
  dash: DASH,
  bash: BASH,
};

/**
 * The interactive prompt: busybox ash shows the directory ("/ # ", "~ # " at home), Debian's bash
 * "root@<hostname>:/# ". `$` instead of `#` for other users.
 */
export function prompt(
  flavour: ShellFlavour,
  user: { name: string; uid: number; home: string },
  hostname: string,
  cwd: string,
): string {
  const sign = user.uid === 0 ? '#' : '$';
  const shown =
    cwd === user.home
      ? '~'
      : cwd.startsWith(`${user.home}/`) && user.home !== '/'
        ? `~${cwd.slice(user.home.length)}`
        : cwd;
  switch (flavour) {
    case 'busybox':
      return `${shown} ${sign} `;
    case 'dash':
      return `${sign} `;
    case 'bash':
      return `${user.name}@${hostname}:${shown}${sign} `;
    default: {
      const _never: never = flavour;
      return String(_never);
    }
  }
}
