/**
 * Commands by package, as the simulated shell implements them. Shell builtins (cd, export, unset, exit,
 * echo, printf, test, [, true, false, kill, pwd) exist wherever a shell does.
 */
export const COREUTILS: readonly string[] = [
  // Also programs on disk (a container's command may name them without a shell: command: ["true"]).
  '[',
  'echo',
  'false',
  'printf',
  'pwd',
  'test',
  'true',
  'cat',
  'cp',
  'date',
  'env',
  'head',
  'id',
  'ls',
  'mkdir',
  'mv',
  'printenv',
  'rm',
  'seq',
  'sleep',
  'tail',
  'touch',
  'uname',
  'wc',
  'whoami',
  'yes',
];

/** Debian/Ubuntu minimal images: coreutils, grep, hostname, debianutils (which); no ps, curl, wget. */
export const DEBIAN_COMMANDS: readonly string[] = [...COREUTILS, 'grep', 'hostname', 'which', 'sh', 'dash', 'bash'];

/** busybox applets the shell implements (busybox and alpine images). */
export const BUSYBOX_COMMANDS: readonly string[] = [
  ...COREUTILS,
  'grep',
  'hostname',
  'which',
  'kill',
  'ps',
  'nslookup',
  'wget',
  'sh',
  'ash',
];

/** Red Hat-like minimal images (Oracle Linux under mysql): bash is /bin/sh. */
export const EL_COMMANDS: readonly string[] = [...COREUTILS, 'grep', 'hostname', 'which', 'sh', 'bash'];
