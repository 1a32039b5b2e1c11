import { curl } from '../net/curl';
import { nslookup } from '../net/nslookup';
import { wget } from '../net/wget';
import { echo, printf } from './echo-printf';
import { cat, cp, mkdir, mv, pwd, rm, touch } from './files';
import { ls } from './ls';
import { kill, ps } from './processes';
import { date, env, hostname, id, printenv, sleep, uname, which, whoami } from './system';
import { test } from './test';
import { grep, head, seq, tail, wc, yes } from './text';
import type { Command } from './types';

/** Every tool the shell implements; an image's PATH decides which of them a container has. */
export const COMMANDS: Readonly<Record<string, Command>> = {
  cat,
  cp,
  curl,
  date,
  echo,
  env,
  grep,
  head,
  hostname,
  id,
  kill,
  ls,
  mkdir,
  mv,
  nslookup,
  printenv,
  printf,
  ps,
  pwd,
  rm,
  seq,
  sleep,
  tail,
  test,
  '[': test,
  touch,
  uname,
  wc,
  wget,
  which,
  whoami,
  yes,
};

/** Commands every shell has built in, whatever the image's PATH holds. */
export const SHELL_BUILTIN_COMMANDS: ReadonlySet<string> = new Set(['echo', 'printf', 'test', '[', 'pwd', 'kill']);
