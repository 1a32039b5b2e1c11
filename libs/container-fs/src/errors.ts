/** The errno values the simulated filesystem raises, with the C library's wording. */
export const FS_MESSAGES = {
  ENOENT: 'No such file or directory',
  EISDIR: 'Is a directory',
  ENOTDIR: 'Not a directory',
  EEXIST: 'File exists',
  EROFS: 'Read-only file system',
  EACCES: 'Permission denied',
  ENOSPC: 'No space left on device',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
  EXDEV: 'Invalid cross-device link',
  EBUSY: 'Device or resource busy',
} as const;

export type FsErrorCode = keyof typeof FS_MESSAGES;

/**
 * A failed filesystem operation. `message` is the strerror text alone ("No such file or directory"):
 * each tool words its own line around it (busybox "cat: can't open 'x': ...", coreutils "cat: x: ...").
 */
export class FsError extends Error {
  override readonly name = 'FsError';

  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(FS_MESSAGES[code]);
  }
}

export const isFsError = (error: unknown): error is FsError => error instanceof FsError;
