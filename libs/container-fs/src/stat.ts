import { byteSize, type FsNode } from './nodes';

export interface Stat {
  type: 'file' | 'directory';
  size: number;
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
  /** Entries of a directory (ls -l's link count is 2 + sub-directories; we report entries + 2). */
  nlink: number;
}

export function statOf(node: FsNode): Stat {
  return {
    type: node.kind === 'file' ? 'file' : 'directory',
    size: node.kind === 'file' ? byteSize(node.content) : 4096,
    mode: node.mode,
    uid: node.uid,
    gid: node.gid,
    mtimeMs: node.mtimeMs,
    nlink: node.kind === 'dir' ? 2 + [...node.entries.values()].filter((e) => e.kind === 'dir').length : 1,
  };
}
