import { type Caller, checkAccess, checkSticky } from './access';
import { FsError } from './errors';
import {
  asText,
  byteSize,
  cloneTree,
  concat,
  type Content,
  type DirNode,
  type FsNode,
  newDir,
  treeSize,
} from './nodes';
import { type Located, type MountOptions, MountTable } from './mount-table';
import { type Stat, statOf } from './stat';
import { components, resolvePath, splitLast } from './path';
import { SKELETON } from './skeleton';
import { ensureDir, type SeedFile } from './tree';
import { Volume } from './volume';

export interface ContainerFsOptions {
  /** The image's files. */
  files: readonly SeedFile[];
  clock: () => number;
  /** Budget of what the container writes to its own layer (ephemeral storage), beyond the image. */
  writableLimitBytes?: number;
}

/**
 * A container's filesystem: the image's files in a writable layer, plus mounted volumes. Paths may be
 * relative to the caller's cwd; errors are FsErrors with POSIX codes.
 */
export class ContainerFs {
  readonly rootVolume: Volume;
  private readonly table: MountTable;
  readonly clock: () => number;

  constructor(options: ContainerFsOptions) {
    this.clock = options.clock;
    const imageBytes = options.files.reduce((sum, file) => sum + byteSize(file.content), 0);
    const limitBytes = imageBytes + (options.writableLimitBytes ?? Number.POSITIVE_INFINITY);
    this.rootVolume = new Volume({ name: 'rootfs', clock: options.clock, limitBytes }, options.files, SKELETON);
    this.table = new MountTable(this.rootVolume);
  }

  /** Mounts a volume (the runtime's work: the mount point is created in the layer below). */
  mount(path: string, volume: Volume, options: MountOptions = {}): void {
    const abs = resolvePath('/', path);
    const below = this.table.locate(abs);
    const bound = options.subPath ? MountTable.bindSubPath(volume, options.subPath, abs) : undefined;
    const parent = ensureDir(MountTable.base(below.mount) as DirNode, below.rel.slice(0, -1), this.clock(), abs);
    const name = below.rel.at(-1);
    if (name !== undefined && !parent.entries.has(name)) {
      parent.entries.set(name, bound?.kind === 'file' ? { ...bound, content: '' } : newDir(this.clock()));
    }
    this.table.add({ path: abs, volume, readOnly: options.readOnly ?? false, ...(bound ? { bound } : {}) });
  }

  resolve(path: string, caller: Caller = {}): string {
    return resolvePath(caller.cwd ?? '/', path);
  }

  stat(path: string, caller: Caller = {}): Stat {
    return statOf(this.lookup(this.resolve(path, caller)));
  }

  exists(path: string, caller: Caller = {}): boolean {
    try {
      this.lookup(this.resolve(path, caller));
      return true;
    } catch {
      return false;
    }
  }

  isDirectory(path: string, caller: Caller = {}): boolean {
    return this.exists(path, caller) && this.stat(path, caller).type === 'directory';
  }

  readFile(path: string, caller: Caller = {}): string {
    return asText(this.readBytesOrText(path, caller));
  }

  readBytesOrText(path: string, caller: Caller = {}): Content {
    const abs = this.resolve(path, caller);
    const node = this.lookup(abs);
    if (node.kind === 'dir') throw new FsError('EISDIR', abs);
    checkAccess(node, caller, 'r', abs);
    return node.content;
  }

  /** Creates or truncates (or appends to) a file. */
  writeFile(
    path: string,
    content: Content,
    options: { append?: boolean; mode?: number } = {},
    caller: Caller = {},
  ): void {
    const abs = this.resolve(path, caller);
    const { located, parent, name, existing } = this.forCreate(abs);
    if (existing?.kind === 'dir') throw new FsError('EISDIR', abs);
    if (existing) checkAccess(existing, caller, 'w', abs);
    else checkAccess(parent, caller, 'w', abs);
    const next = options.append && existing ? concat(existing.content, content) : content;
    located.mount.volume.charge(byteSize(next) - (existing ? byteSize(existing.content) : 0), abs);
    const now = this.clock();
    if (existing) {
      existing.content = next;
      existing.mtimeMs = now;
      return;
    }
    parent.entries.set(name, {
      kind: 'file',
      content: next,
      mode: options.mode ?? 0o644,
      uid: caller.uid ?? 0,
      gid: caller.gid ?? caller.uid ?? 0,
      mtimeMs: now,
    });
    parent.mtimeMs = now;
  }

  /** touch: creates an empty file or updates the modification time. */
  touch(path: string, caller: Caller = {}): void {
    const abs = this.resolve(path, caller);
    const { existing } = this.forCreate(abs);
    if (existing) {
      if (this.table.locate(abs).mount.readOnly) throw new FsError('EROFS', abs);
      existing.mtimeMs = this.clock();
    } else this.writeFile(abs, '', {}, caller);
  }

  mkdir(path: string, options: { parents?: boolean; mode?: number } = {}, caller: Caller = {}): void {
    const abs = this.resolve(path, caller);
    if (options.parents) {
      const parts = components(abs);
      for (let i = 1; i <= parts.length; i++) {
        const prefix = `/${parts.slice(0, i).join('/')}`;
        if (this.exists(prefix)) {
          if (!this.isDirectory(prefix)) throw new FsError('ENOTDIR', abs);
          continue;
        }
        this.mkdir(prefix, { mode: options.mode }, caller);
      }
      return;
    }
    const { parent, name, existing } = this.forCreate(abs);
    if (existing) throw new FsError('EEXIST', abs);
    checkAccess(parent, caller, 'w', abs);
    const now = this.clock();
    parent.entries.set(name, newDir(now, options.mode ?? 0o755, caller.uid ?? 0, caller.gid ?? caller.uid ?? 0));
    parent.mtimeMs = now;
  }

  /** Entry names, sorted (mount points included). */
  readdir(path: string, caller: Caller = {}): string[] {
    const abs = this.resolve(path, caller);
    const node = this.lookup(abs);
    if (node.kind !== 'dir') throw new FsError('ENOTDIR', abs);
    checkAccess(node, caller, 'r', abs);
    return [...new Set([...node.entries.keys(), ...this.table.childMountNames(abs)])].sort();
  }

  /** rm: a file, an empty directory, or (recursive) a whole tree; force ignores a missing path. */
  rm(
    path: string,
    options: { recursive?: boolean; force?: boolean; directory?: boolean } = {},
    caller: Caller = {},
  ): void {
    const abs = this.resolve(path, caller);
    if (!this.exists(abs)) {
      if (options.force) return;
      throw new FsError('ENOENT', abs);
    }
    const node = this.lookup(abs);
    if (node.kind === 'dir') {
      if (!options.recursive && !options.directory) throw new FsError('EISDIR', abs);
      if (!options.recursive && (node.entries.size > 0 || this.table.childMountNames(abs).length > 0))
        throw new FsError('ENOTEMPTY', abs);
      for (const child of this.readdir(abs, caller)) this.rm(`${abs === '/' ? '' : abs}/${child}`, options, caller);
    }
    if (abs === '/' || this.table.isMountPoint(abs)) throw new FsError('EBUSY', abs);
    const { located, parent, name } = this.forCreate(abs);
    checkAccess(parent, caller, 'w', abs);
    checkSticky(parent, node, caller, abs);
    located.mount.volume.charge(-treeSize(node), abs);
    parent.entries.delete(name);
    parent.mtimeMs = this.clock();
  }

  /** rename(2): within one mount only (EXDEV across mounts, so mv falls back to copy and remove). */
  rename(from: string, to: string, caller: Caller = {}): void {
    const src = this.resolve(from, caller);
    const dst = this.resolve(to, caller);
    const source = this.forCreate(src);
    const target = this.forCreate(dst);
    if (!source.existing) throw new FsError('ENOENT', src);
    if (this.table.isMountPoint(src) || this.table.isMountPoint(dst)) throw new FsError('EBUSY', src);
    if (source.located.mount !== target.located.mount) throw new FsError('EXDEV', src);
    if (target.existing?.kind === 'dir') throw new FsError('EISDIR', dst);
    checkAccess(source.parent, caller, 'w', src);
    checkAccess(target.parent, caller, 'w', dst);
    if (target.existing) target.located.mount.volume.charge(-treeSize(target.existing), dst);
    source.parent.entries.delete(source.name);
    target.parent.entries.set(target.name, source.existing);
  }

  /** A deep copy of a file or directory to a new path (cp, cp -r), charged to the target's volume. */
  copy(from: string, to: string, caller: Caller = {}): void {
    const src = this.resolve(from, caller);
    const node = this.lookup(src);
    checkAccess(node, caller, 'r', src);
    if (node.kind === 'file') return this.writeFile(to, node.content, { mode: node.mode }, caller);
    const dst = this.resolve(to, caller);
    const { located, parent, name, existing } = this.forCreate(dst);
    if (existing) throw new FsError('EEXIST', dst);
    checkAccess(parent, caller, 'w', dst);
    const copy = cloneTree(node);
    located.mount.volume.charge(treeSize(copy), dst);
    parent.entries.set(name, copy);
  }

  private lookup(abs: string): FsNode {
    const node = MountTable.node(this.table.locate(abs), abs);
    if (!node) throw new FsError('ENOENT', abs);
    return node;
  }

  /** The parent directory of a path to create or change, refusing read-only mounts. */
  private forCreate(abs: string): { located: Located; parent: DirNode; name: string; existing?: FsNode } {
    const located = this.table.locate(abs);
    const { name } = splitLast(abs);
    if (located.rel.length === 0) {
      // The mount point itself: it exists, and its parent is in another mount.
      const node = MountTable.base(located.mount);
      if (located.mount.readOnly) throw new FsError('EROFS', abs);
      return { located, parent: newDir(0), name, existing: node };
    }
    const parent = MountTable.node({ mount: located.mount, rel: located.rel.slice(0, -1) }, abs);
    if (!parent) throw new FsError('ENOENT', abs);
    if (parent.kind !== 'dir') throw new FsError('ENOTDIR', abs);
    if (located.mount.readOnly) throw new FsError('EROFS', abs);
    const existing = parent.entries.get(name);
    return { located, parent, name, ...(existing ? { existing } : {}) };
  }
}
