import { FsError } from './errors';
import { type FsNode } from './nodes';
import type { SeedDirectory, SeedFile } from './tree';
import { Volume, type VolumeOptions } from './volume';

/** One entry of an exported volume; text stays text, bytes travel as base64. */
export interface VolumeEntryJson {
  path: string;
  type: 'file' | 'dir';
  mode: number;
  uid: number;
  gid: number;
  mtimeMs: number;
  content?: string;
  encoding?: 'utf8' | 'base64';
}

/** A volume's contents as a plain JSON value (for a database column). */
export interface VolumeJson {
  version: 1;
  usedBytes: number;
  entries: VolumeEntryJson[];
}

export class VolumeFormatError extends Error {
  override readonly name = 'VolumeFormatError';
}

function collect(node: FsNode, path: string, out: VolumeEntryJson[]): void {
  const meta = { mode: node.mode, uid: node.uid, gid: node.gid, mtimeMs: node.mtimeMs };
  if (node.kind === 'file') {
    const text = typeof node.content === 'string';
    out.push({
      path,
      type: 'file',
      ...meta,
      content: text ? (node.content as string) : Buffer.from(node.content).toString('base64'),
      encoding: text ? 'utf8' : 'base64',
    });
    return;
  }
  if (path !== '') out.push({ path, type: 'dir', ...meta });
  for (const [name, child] of [...node.entries].sort(([a], [b]) => a.localeCompare(b)))
    collect(child, `${path}/${name}`, out);
}

/** Exports a volume's tree (deterministic order: parents before children, names sorted). */
export function exportVolume(volume: Volume): VolumeJson {
  const entries: VolumeEntryJson[] = [];
  collect(volume.root, '', entries);
  return { version: 1, usedBytes: volume.usedBytes, entries };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function entryOf(value: unknown): VolumeEntryJson {
  if (!isRecord(value)) throw new VolumeFormatError('volume entry is not an object');
  const { path, type, mode, uid, gid, mtimeMs, content, encoding } = value;
  if (typeof path !== 'string' || !path.startsWith('/'))
    throw new VolumeFormatError('volume entry needs an absolute path');
  if (type !== 'file' && type !== 'dir') throw new VolumeFormatError(`volume entry ${path}: type must be file or dir`);
  for (const [key, n] of Object.entries({ mode, uid, gid, mtimeMs })) {
    if (typeof n !== 'number' || !Number.isFinite(n))
      throw new VolumeFormatError(`volume entry ${path}: ${key} must be a number`);
  }
  if (type === 'file' && typeof content !== 'string')
    throw new VolumeFormatError(`volume entry ${path}: content must be a string`);
  if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'base64')
    throw new VolumeFormatError(`volume entry ${path}: bad encoding`);
  return value as unknown as VolumeEntryJson;
}

/**
 * Rebuilds a volume from its JSON. Refuses malformed input (VolumeFormatError) and contents beyond the
 * volume's budget (FsError ENOSPC), so a shrunken claim cannot be loaded over capacity.
 */
export function importVolume(json: unknown, options: VolumeOptions): Volume {
  if (!isRecord(json) || json.version !== 1 || !Array.isArray(json.entries))
    throw new VolumeFormatError('not a volume export (version 1)');
  const files: SeedFile[] = [];
  const directories: SeedDirectory[] = [];
  for (const raw of json.entries) {
    const entry = entryOf(raw);
    const meta = { path: entry.path, mode: entry.mode, uid: entry.uid, gid: entry.gid, mtimeMs: entry.mtimeMs };
    if (entry.type === 'dir') directories.push(meta);
    else
      files.push({
        ...meta,
        content:
          entry.encoding === 'base64'
            ? new Uint8Array(Buffer.from(entry.content ?? '', 'base64'))
            : (entry.content ?? ''),
      });
  }
  const size = files.reduce(
    (sum, file) => sum + (typeof file.content === 'string' ? Buffer.byteLength(file.content) : file.content.byteLength),
    0,
  );
  if (size > (options.limitBytes ?? Number.POSITIVE_INFINITY)) throw new FsError('ENOSPC', '/');
  return new Volume(options, files, directories);
}
