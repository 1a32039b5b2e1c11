/** File contents: text (UTF-8) or raw bytes (a Secret's binary key). */
export type Content = string | Uint8Array;

interface Meta {
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
}

export interface FileNode extends Meta {
  kind: 'file';
  content: Content;
}

export interface DirNode extends Meta {
  kind: 'dir';
  entries: Map<string, FsNode>;
}

export type FsNode = FileNode | DirNode;

export const byteSize = (content: Content): number =>
  typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;

/** Appended content: text stays text; anything with bytes becomes bytes. */
export const concat = (a: Content, b: Content): Content =>
  typeof a === 'string' && typeof b === 'string'
    ? a + b
    : new Uint8Array(Buffer.concat([Buffer.from(a), Buffer.from(b)]));

export const asText = (content: Content): string =>
  typeof content === 'string' ? content : Buffer.from(content).toString('utf8');

export const newDir = (mtimeMs: number, mode = 0o755, uid = 0, gid = 0): DirNode => ({
  kind: 'dir',
  entries: new Map(),
  mode,
  uid,
  gid,
  mtimeMs,
});

/** Bytes held by the files under a node. */
export function treeSize(node: FsNode): number {
  if (node.kind === 'file') return byteSize(node.content);
  let total = 0;
  for (const child of node.entries.values()) total += treeSize(child);
  return total;
}

/** A deep copy (cp -r, a snapshot of volume contents). */
export function cloneTree(node: FsNode): FsNode {
  if (node.kind === 'file')
    return { ...node, content: typeof node.content === 'string' ? node.content : node.content.slice() };
  return { ...node, entries: new Map([...node.entries].map(([name, child]) => [name, cloneTree(child)])) };
}
