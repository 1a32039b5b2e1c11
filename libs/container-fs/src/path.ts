/** Splits a path into its components, resolving "." and ".." (".." at the root stays at the root). */
export function components(path: string): string[] {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out;
}

/** An absolute, normalized path from a working directory and a path as typed. */
export function resolvePath(cwd: string, path: string): string {
  const joined = path.startsWith('/') ? path : `${cwd}/${path}`;
  return `/${components(joined).join('/')}`;
}

export const join = (parts: readonly string[]): string => `/${parts.join('/')}`;

/** Parent directory and final name of an absolute path ("/" has no name). */
export function splitLast(path: string): { parent: string; name: string } {
  const parts = components(path);
  const name = parts.pop() ?? '';
  return { parent: join(parts), name };
}

/** Whether `path` is `prefix` or lies under it. */
export const isUnder = (path: string, prefix: string): boolean =>
  prefix === '/' || path === prefix || path.startsWith(`${prefix}/`);
