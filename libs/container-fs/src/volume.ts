import { FsError } from './errors';
import { type DirNode, treeSize } from './nodes';
import { buildTree, type SeedDirectory, type SeedFile } from './tree';

export interface VolumeOptions {
  /** For messages and debugging: "config", "data", "rootfs". */
  name?: string;
  /** Byte budget of the files it holds (emptyDir sizeLimit, PVC capacity); unlimited when unset. */
  limitBytes?: number;
  /** Simulated epoch milliseconds. */
  clock: () => number;
}

/**
 * A volume's contents: a directory tree shared by reference among everything that mounts it (two
 * containers of a pod, a pod and its successor on the same claim), with a byte budget.
 */
export class Volume {
  readonly name: string;
  readonly limitBytes: number;
  readonly clock: () => number;
  private tree: DirNode;
  private used: number;

  constructor(options: VolumeOptions, files: readonly SeedFile[] = [], directories: readonly SeedDirectory[] = []) {
    this.name = options.name ?? 'volume';
    this.limitBytes = options.limitBytes ?? Number.POSITIVE_INFINITY;
    this.clock = options.clock;
    this.tree = buildTree(files, directories, this.clock());
    this.used = treeSize(this.tree);
    if (this.used > this.limitBytes) throw new FsError('ENOSPC', '/');
  }

  get root(): DirNode {
    return this.tree;
  }

  get usedBytes(): number {
    return this.used;
  }

  /** Accounts a change in stored bytes; ENOSPC when it would exceed the budget (nothing is charged then). */
  charge(delta: number, path: string): void {
    if (delta > 0 && this.used + delta > this.limitBytes) throw new FsError('ENOSPC', path);
    this.used += delta;
  }

  /**
   * Swaps in new contents at once (a ConfigMap or Secret update): readers see the old tree or the new one,
   * never a mix. Refused with ENOSPC when the new contents exceed the budget. Mounts of a subPath keep the
   * node they bound, so they do not see updates, as in Kubernetes.
   */
  replaceContents(files: readonly SeedFile[], directories: readonly SeedDirectory[] = []): void {
    const tree = buildTree(files, directories, this.clock());
    const size = treeSize(tree);
    if (size > this.limitBytes) throw new FsError('ENOSPC', '/');
    this.tree = tree;
    this.used = size;
  }
}
