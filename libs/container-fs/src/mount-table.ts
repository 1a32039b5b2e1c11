import { FsError } from './errors';
import type { FsNode } from './nodes';
import { components, isUnder } from './path';
import { ensureDir, walk } from './tree';
import type { Volume } from './volume';

export interface MountOptions {
  readOnly?: boolean;
  /** A directory or file inside the volume to mount instead of its root. */
  subPath?: string;
}

/** A mounted volume (the container's own writable layer is the mount at "/"). */
export interface Mount {
  path: string;
  volume: Volume;
  readOnly: boolean;
  /** subPath mounts bind the node they found at mount time (later content swaps do not reach them). */
  bound?: FsNode;
}

/** Where an absolute path lands: its mount and the components below the mount point. */
export interface Located {
  mount: Mount;
  rel: string[];
}

/** The container's mounts, longest mount point first so the innermost one wins. */
export class MountTable {
  private readonly mounts: Mount[];

  constructor(root: Volume) {
    this.mounts = [{ path: '/', volume: root, readOnly: false }];
  }

  get all(): readonly Mount[] {
    return this.mounts;
  }

  add(mount: Mount): void {
    if (this.mounts.some((m) => m.path === mount.path)) throw new FsError('EBUSY', mount.path);
    this.mounts.push(mount);
    this.mounts.sort((a, b) => b.path.length - a.path.length);
  }

  locate(path: string): Located {
    const mount = this.mounts.find((m) => isUnder(path, m.path)) ?? this.mounts[this.mounts.length - 1];
    return { mount, rel: components(path).slice(components(mount.path).length) };
  }

  isMountPoint(path: string): boolean {
    return path !== '/' && this.mounts.some((m) => m.path === path);
  }

  /** Mount points directly inside a directory (listed even if the layer below lacks them). */
  childMountNames(dir: string): string[] {
    return this.mounts
      .filter(
        (m) =>
          m.path !== '/' &&
          m.path !== dir &&
          isUnder(m.path, dir) &&
          components(m.path).length === components(dir).length + 1,
      )
      .map((m) => components(m.path).at(-1) ?? '');
  }

  static base(mount: Mount): FsNode {
    return mount.bound ?? mount.volume.root;
  }

  static node(located: Located, fullPath: string): FsNode | undefined {
    return walk(MountTable.base(located.mount), located.rel, fullPath);
  }

  /** For subPath: finds (or creates, as the kubelet does) the sub-directory; a missing file is an error. */
  static bindSubPath(volume: Volume, subPath: string, fullPath: string): FsNode {
    const parts = components(subPath);
    const found = walk(volume.root, parts, fullPath);
    if (found) return found;
    return ensureDir(volume.root, parts, volume.clock(), fullPath);
  }
}
