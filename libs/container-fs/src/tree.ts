import { FsError } from './errors';
import { type Content, type DirNode, type FsNode, newDir } from './nodes';
import { components } from './path';

/** A file to place in a tree: image layers, ConfigMap keys, imported volume contents. */
export interface SeedFile {
  path: string;
  content: Content;
  mode?: number;
  uid?: number;
  gid?: number;
  mtimeMs?: number;
}

/** A directory to place in a tree (kept even when empty). */
export interface SeedDirectory {
  path: string;
  mode?: number;
  uid?: number;
  gid?: number;
  mtimeMs?: number;
}

/** Walks from a directory along components; undefined when something is missing, ENOTDIR through a file. */
export function walk(start: FsNode, parts: readonly string[], fullPath: string): FsNode | undefined {
  let node: FsNode = start;
  for (const part of parts) {
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', fullPath);
    const next = node.entries.get(part);
    if (!next) return undefined;
    node = next;
  }
  return node;
}

/** mkdir -p inside a tree, without permission or budget checks (the runtime's own setup). */
export function ensureDir(
  root: DirNode,
  parts: readonly string[],
  mtimeMs: number,
  fullPath: string,
  mode = 0o755,
): DirNode {
  let node = root;
  for (const part of parts) {
    const next = node.entries.get(part);
    if (next === undefined) {
      const dir = newDir(mtimeMs, mode);
      node.entries.set(part, dir);
      node = dir;
    } else if (next.kind === 'dir') {
      node = next;
    } else {
      throw new FsError('ENOTDIR', fullPath);
    }
  }
  return node;
}

/** Builds a tree from directories and files (parents created as 0755 root directories). */
export function buildTree(files: readonly SeedFile[], directories: readonly SeedDirectory[], mtimeMs: number): DirNode {
  const root = newDir(mtimeMs);
  for (const dir of directories) {
    const node = ensureDir(root, components(dir.path), dir.mtimeMs ?? mtimeMs, dir.path);
    if (dir.mode !== undefined) node.mode = dir.mode;
    if (dir.uid !== undefined) node.uid = dir.uid;
    if (dir.gid !== undefined) node.gid = dir.gid;
  }
  for (const file of files) {
    const parts = components(file.path);
    const name = parts.pop();
    if (name === undefined) throw new FsError('EISDIR', file.path);
    const existed = walk(root, parts, file.path) !== undefined;
    const parent = ensureDir(root, parts, file.mtimeMs ?? mtimeMs, file.path);
    // A file's new directory belongs to the file's owner (an image's home directory, a .keep file).
    if (!existed && parts.length > 0) {
      parent.uid = file.uid ?? 0;
      parent.gid = file.gid ?? 0;
    }
    if (parent.entries.get(name)?.kind === 'dir') throw new FsError('EISDIR', file.path);
    parent.entries.set(name, {
      kind: 'file',
      content: file.content,
      mode: file.mode ?? 0o644,
      uid: file.uid ?? 0,
      gid: file.gid ?? 0,
      mtimeMs: file.mtimeMs ?? mtimeMs,
    });
  }
  return root;
}
