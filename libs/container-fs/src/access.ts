import { FsError } from './errors';
import type { FsNode } from './nodes';

/** Who performs an operation and from where: relative paths resolve against cwd. */
export interface Caller {
  cwd?: string;
  uid?: number;
  gid?: number;
}

const BITS = { r: 4, w: 2, x: 1 } as const;

/** Unix permission check on one node; root passes everything (CAP_DAC_OVERRIDE). */
export function checkAccess(node: FsNode, caller: Caller, want: keyof typeof BITS, path: string): void {
  const uid = caller.uid ?? 0;
  if (uid === 0) return;
  const gid = caller.gid ?? uid;
  const shift = node.uid === uid ? 6 : node.gid === gid ? 3 : 0;
  if (((node.mode >> shift) & BITS[want]) === 0) throw new FsError('EACCES', path);
}

/** The sticky bit (/tmp): only the owner (or root) may remove or rename an entry. */
export function checkSticky(dir: FsNode, entry: FsNode, caller: Caller, path: string): void {
  const uid = caller.uid ?? 0;
  if (uid === 0 || (dir.mode & 0o1000) === 0) return;
  if (entry.uid !== uid && dir.uid !== uid) throw new FsError('EACCES', path);
}
