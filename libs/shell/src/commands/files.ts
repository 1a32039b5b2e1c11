import { isFsError } from '@ksb/container-fs';
import { parseOptions, reasonOf } from './options';
import type { CommandContext } from './types';

const base = (path: string) => path.replace(/\/+$/, '').slice(path.replace(/\/+$/, '').lastIndexOf('/') + 1);

/** cat [FILE|-]...: busybox says "can't open 'x'", coreutils "x: ...". */
export function cat(ctx: CommandContext): number {
  const { operands } = parseOptions(ctx.args);
  let status = 0;
  for (const file of operands.length ? operands : ['-']) {
    if (file === '-') {
      ctx.io.stdout(ctx.io.stdin.readAll());
      continue;
    }
    try {
      ctx.io.stdout(ctx.fs.readFile(file, ctx.caller));
    } catch (error) {
      if (isFsError(error) && error.code === 'EISDIR') ctx.fail(ctx.tools.isDirectory('cat', file));
      else ctx.fail(ctx.tools.cantOpen('cat', file, reasonOf(error)));
      status = 1;
    }
  }
  return status;
}

export function touch(ctx: CommandContext): number {
  const { operands } = parseOptions(ctx.args);
  let status = 0;
  for (const file of operands) {
    try {
      ctx.fs.touch(file, ctx.caller);
    } catch (error) {
      ctx.fail(ctx.tools.cantTouch(file, reasonOf(error)));
      status = 1;
    }
  }
  return status;
}

export function mkdir(ctx: CommandContext): number {
  const { flags, operands } = parseOptions(ctx.args, 'm');
  let status = 0;
  for (const dir of operands) {
    try {
      ctx.fs.mkdir(dir, { parents: flags.has('p') || flags.has('--parents') }, ctx.caller);
    } catch (error) {
      ctx.fail(ctx.tools.cantCreateDir(dir, reasonOf(error)));
      status = 1;
    }
  }
  return status;
}

export function rm(ctx: CommandContext): number {
  const { flags, operands } = parseOptions(ctx.args);
  const recursive = flags.has('r') || flags.has('R') || flags.has('--recursive');
  const force = flags.has('f') || flags.has('--force');
  let status = 0;
  for (const path of operands) {
    try {
      if (!recursive && ctx.fs.isDirectory(path, ctx.caller)) {
        ctx.fail(ctx.tools.isDirectory('rm', path));
        status = 1;
        continue;
      }
      ctx.fs.rm(path, { recursive, force }, ctx.caller);
    } catch (error) {
      ctx.fail(ctx.tools.cantRemove(path, reasonOf(error)));
      status = 1;
    }
  }
  return status;
}

/** Where cp/mv put a source: into the target when it is a directory. */
function destination(ctx: CommandContext, source: string, target: string): string {
  return ctx.fs.isDirectory(target, ctx.caller) ? `${target.replace(/\/+$/, '')}/${base(source)}` : target;
}

export function cp(ctx: CommandContext): number {
  const { flags, operands } = parseOptions(ctx.args);
  const recursive = flags.has('r') || flags.has('R') || flags.has('a');
  const target = operands.pop();
  if (target === undefined || operands.length === 0) {
    ctx.fail(ctx.env.tools === 'gnu' ? 'cp: missing file operand' : 'BusyBox cp: missing file operand');
    return 1;
  }
  let status = 0;
  for (const source of operands) {
    try {
      if (!ctx.fs.exists(source, ctx.caller)) {
        ctx.fail(ctx.tools.cantStat('cp', source, 'No such file or directory'));
        status = 1;
        continue;
      }
      if (ctx.fs.isDirectory(source, ctx.caller) && !recursive) {
        ctx.fail(
          ctx.env.tools === 'gnu'
            ? `cp: -r not specified; omitting directory '${source}'`
            : `cp: omitting directory '${source}'`,
        );
        status = 1;
        continue;
      }
      const to = destination(ctx, source, target);
      if (ctx.fs.isDirectory(source, ctx.caller) && ctx.fs.exists(to, ctx.caller))
        ctx.fs.rm(to, { recursive: true }, ctx.caller);
      ctx.fs.copy(source, to, ctx.caller);
    } catch (error) {
      ctx.fail(
        ctx.env.tools === 'gnu'
          ? `cp: cannot create regular file '${target}': ${reasonOf(error)}`
          : `cp: can't create '${target}': ${reasonOf(error)}`,
      );
      status = 1;
    }
  }
  return status;
}

export function mv(ctx: CommandContext): number {
  const { operands } = parseOptions(ctx.args);
  const target = operands.pop();
  if (target === undefined || operands.length === 0) {
    ctx.fail('mv: missing file operand');
    return 1;
  }
  let status = 0;
  for (const source of operands) {
    const to = destination(ctx, source, target);
    let failure: unknown;
    try {
      ctx.fs.rename(source, to, ctx.caller);
    } catch (error) {
      failure = error;
      if (isFsError(error) && error.code === 'EXDEV') {
        // Across mounts mv copies, then removes the source.
        try {
          ctx.fs.copy(source, to, ctx.caller);
          ctx.fs.rm(source, { recursive: true }, ctx.caller);
          failure = undefined;
        } catch (inner) {
          failure = inner;
        }
      }
    }
    if (failure === undefined) continue;
    if (ctx.env.tools === 'gnu' && isFsError(failure) && failure.code === 'ENOENT')
      ctx.fail(ctx.tools.cantStat('mv', source, failure.message));
    else
      ctx.fail(
        ctx.env.tools === 'gnu'
          ? `mv: cannot move '${source}' to '${to}': ${reasonOf(failure)}`
          : `mv: can't rename '${source}': ${reasonOf(failure)}`,
      );
    status = 1;
  }
  return status;
}

export function pwd(ctx: CommandContext): number {
  ctx.io.stdout(`${ctx.state.cwd}\n`);
  return 0;
}
