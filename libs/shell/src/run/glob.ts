import type { ContainerFs } from '@ksb/container-fs';

const toRegExp = (pattern: string): RegExp => {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end === -1) source += '\\[';
      else {
        const body = pattern
          .slice(i + 1, end)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = end;
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
};

/** Pathname expansion against the container's filesystem; sorted matches, none when nothing matches. */
export function glob(fs: ContainerFs, pattern: string, caller: { cwd: string; uid: number; gid: number }): string[] {
  const absolute = pattern.startsWith('/');
  const parts = pattern.split('/').filter((p) => p !== '');
  let candidates: string[] = [absolute ? '/' : ''];
  for (const part of parts) {
    const next: string[] = [];
    for (const base of candidates) {
      const join = (name: string) => (base === '' ? name : base === '/' ? `/${name}` : `${base}/${name}`);
      if (!/[*?[]/.test(part)) {
        if (fs.exists(join(part), caller)) next.push(join(part));
        continue;
      }
      const dir = base === '' ? '.' : base;
      if (!fs.isDirectory(dir, caller)) continue;
      const re = toRegExp(part);
      let names: string[];
      try {
        names = fs.readdir(dir, caller);
      } catch {
        names = [];
      }
      for (const name of names)
        if (re.test(name) && (part.startsWith('.') || !name.startsWith('.'))) next.push(join(name));
    }
    candidates = next;
  }
  return candidates.filter((c) => c !== '' && c !== '/').sort();
}
