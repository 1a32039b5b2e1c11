import { type ContainerFs, isFsError } from '@ksb/container-fs';
import type { Redirect } from '../parse/ast';
import { Input, type Io, type Writer } from './io';

/** Where a redirection failed, worded by the caller (can't create / can't open). */
export class RedirectError extends Error {
  constructor(
    readonly kind: 'create' | 'open',
    readonly path: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Tracks writes that failed after the file was opened (ENOSPC), so the command can fail. */
export interface WriteFailures {
  reason?: string;
}

function fileWriter(
  fs: ContainerFs,
  path: string,
  caller: { cwd: string; uid: number; gid: number },
  failures: WriteFailures,
): Writer {
  return (chunk) => {
    if (chunk === '' || failures.reason) return;
    try {
      fs.writeFile(path, chunk, { append: true }, caller);
    } catch (error) {
      failures.reason = isFsError(error) ? error.message : String(error);
    }
  };
}

const discard: Writer = () => undefined;

/**
 * Applies redirections in order to a command's streams ("> f 2>&1" sends both to f; "2>&1 > f" only
 * stdout). Targets are already expanded.
 */
export function applyRedirects(
  redirects: readonly { redirect: Redirect; target: string }[],
  io: Io,
  fs: ContainerFs,
  caller: { cwd: string; uid: number; gid: number },
  failures: WriteFailures,
): Io {
  const fds: (Writer | undefined)[] = [undefined, io.stdout, io.stderr];
  let stdin = io.stdin;
  let stdoutIsPipe = io.stdoutIsPipe;
  for (const { redirect, target } of redirects) {
    const fd = redirect.fd;
    switch (redirect.op) {
      case '>':
      case '>>': {
        let writer: Writer;
        if (target === '/dev/null') writer = discard;
        else if (target === '/dev/stdout') writer = io.stdout;
        else if (target === '/dev/stderr') writer = io.stderr;
        else {
          try {
            if (redirect.op === '>' || !fs.exists(target, caller)) fs.writeFile(target, '', {}, caller);
            else fs.writeFile(target, '', { append: true }, caller);
          } catch (error) {
            throw new RedirectError('create', target, isFsError(error) ? error.message : String(error));
          }
          writer = fileWriter(fs, target, caller, failures);
        }
        fds[fd] = writer;
        if (fd === 1) stdoutIsPipe = false;
        break;
      }
      case '>&':
        fds[fd] = target === '-' ? discard : target === '1' || target === '2' ? fds[Number(target)] : fds[fd];
        if (fd === 1) stdoutIsPipe = false;
        break;
      case '<':
        if (target === '/dev/null') stdin = new Input('');
        else {
          try {
            stdin = new Input(fs.readFile(target, caller));
          } catch (error) {
            throw new RedirectError('open', target, isFsError(error) ? error.message : String(error));
          }
        }
        break;
      case '<&':
        break;
      default: {
        const _never: never = redirect.op;
        throw new Error(`unknown redirect ${String(_never)}`);
      }
    }
  }
  return { stdin, stdout: fds[1] ?? discard, stderr: fds[2] ?? discard, stdoutIsPipe };
}
