import type { BaseOs, ImageDefinition, ImageUser, TagInfo } from '../model/image';

/** PATH as Debian- and Alpine-based official images set it. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Official images run as root unless they say otherwise. */
export const ROOT_USER: ImageUser = { uid: 0, gid: 0, name: 'root', home: '/root' };

/** A plain OS image (busybox, alpine, ubuntu, debian): only a shell as its command, no files or programs of its own. */
export const osImage = (
  image: Pick<ImageDefinition, 'repositoryName' | 'description' | 'tags' | 'cmd'>,
): ImageDefinition => ({
  ...image,
  entrypoint: [],
  env: () => ({ PATH: DEFAULT_PATH }),
  workingDir: '',
  user: ROOT_USER,
  exposedPorts: [],
  files: () => [],
  programs: [],
});

export const KiB = 1024;
export const MiB = 1024 * 1024;

/** Tags of one base, from [tag, version, compressed bytes] rows. */
export function tagsOn(base: BaseOs, rows: readonly (readonly [string, string, number])[]): Record<string, TagInfo> {
  return Object.fromEntries(rows.map(([tag, version, sizeBytes]) => [tag, { version, sizeBytes, base }]));
}

/** Semantic comparison of dotted versions ("1.19" < "1.27.5"). */
export function versionAtLeast(version: string, minimum: string): boolean {
  const a = version.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const b = minimum.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** The value following a flag in argv: "--vm-bytes 150M", "--vm-bytes=150M", "-listen=:8080". */
export function flagValue(argv: readonly string[], ...names: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    for (const name of names) {
      if (argv[i] === name) return argv[i + 1];
      if (argv[i].startsWith(`${name}=`)) return argv[i].slice(name.length + 1);
    }
  }
  return undefined;
}
