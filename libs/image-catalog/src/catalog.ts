import { AGNHOST, HTTP_ECHO, NGINX_HELLO } from './images/echo-servers';
import { ALPINE, BUSYBOX } from './images/busybox';
import { CURL } from './images/curl';
import { DEBIAN, UBUNTU } from './images/distros';
import { HTTPD } from './images/httpd';
import { MYSQL } from './images/mysql';
import { NGINX } from './images/nginx/nginx';
import { PAUSE } from './images/pause';
import { POSTGRES } from './images/postgres';
import { REDIS } from './images/redis';
import { NODE, PYTHON } from './images/runtimes';
import { POLINUX_STRESS, PROGRIUM_STRESS } from './images/stress';
import type { BaseOs, ImageDefinition, ImageFile, ImageUser, ShellKind, TagInfo } from './model/image';
import { programMatches, type ProgramDefinition } from './model/program';
import { passwdFiles } from './os/bases';
import { imageDigest, imageId, type ImageReference, parseImageReference } from './reference/image-reference';

/** Every image the sandbox can pull (a snapshot of Docker Hub and registry.k8s.io, spring 2025). */
export const IMAGES: readonly ImageDefinition[] = [
  NGINX,
  HTTPD,
  BUSYBOX,
  ALPINE,
  REDIS,
  POSTGRES,
  MYSQL,
  NODE,
  PYTHON,
  HTTP_ECHO,
  NGINX_HELLO,
  AGNHOST,
  POLINUX_STRESS,
  PROGRIUM_STRESS,
  PAUSE,
  CURL,
  UBUNTU,
  DEBIAN,
];

const BY_NAME = new Map<string, ImageDefinition>(
  IMAGES.flatMap((image) => [image.repositoryName, ...(image.aliases ?? [])].map((name) => [name, image] as const)),
);

/** An image as a container of a given tag sees it: config, files, tools. */
export interface ResolvedImage {
  reference: ImageReference;
  definition: ImageDefinition;
  tag: string;
  info: TagInfo;
  /** docker.io/library/nginx:1.27 (as containerStatuses[].image). */
  name: string;
  /** repository@sha256:... (as containerStatuses[].imageID). */
  imageID: string;
  sizeBytes: number;
  base: BaseOs;
  shell: ShellKind;
  entrypoint: readonly string[];
  cmd: readonly string[];
  env: Readonly<Record<string, string>>;
  workingDir: string;
  user: ImageUser;
  /** The base's files, the image's, and /etc/passwd and /etc/group naming the image's user. */
  files: readonly ImageFile[];
  programs: readonly ProgramDefinition[];
  /** Commands on PATH that the shell implements. */
  commands: ReadonlySet<string>;
}

/** Why a reference does not resolve: what is missing decides the pull error's wording. */
export type ImageLookup =
  | { kind: 'found'; image: ResolvedImage }
  | { kind: 'invalid'; given: string; message: string }
  | { kind: 'not-found'; reference: ImageReference; missing: 'repository' | 'tag' | 'digest' | 'registry' };

const KNOWN_REGISTRIES = new Set(IMAGES.map((image) => image.repositoryName.split('/')[0]));

/** Resolves "nginx", "nginx:1.27", "docker.io/library/nginx:1.27", "nginx@sha256:..." against the catalog. */
export function resolveImage(given: string): ImageLookup {
  const parsed = parseImageReference(given);
  if (!parsed.ok) return { kind: 'invalid', given, message: parsed.message };
  const reference = parsed.reference;
  const definition = BY_NAME.get(reference.repositoryName);
  if (!definition) {
    return {
      kind: 'not-found',
      reference,
      missing: KNOWN_REGISTRIES.has(reference.registry) ? 'repository' : 'registry',
    };
  }
  let tag = reference.tag;
  if (reference.digest) {
    // A digest must be one of the repository's (stable per tag); with a tag too, that tag's.
    const candidates = tag ? [tag] : Object.keys(definition.tags);
    const match = candidates.find(
      (t) => definition.tags[t] && imageDigest(definition.repositoryName, t) === reference.digest,
    );
    if (!match) return { kind: 'not-found', reference, missing: 'digest' };
    tag = match;
  }
  const info = definition.tags[tag];
  if (!info) return { kind: 'not-found', reference, missing: 'tag' };
  return { kind: 'found', image: resolved(reference, definition, tag, info) };
}

function resolved(reference: ImageReference, definition: ImageDefinition, tag: string, info: TagInfo): ResolvedImage {
  const user = definition.user;
  const accounts = info.base.userland === 'none' ? [] : passwdFiles(user.uid === 0 ? [] : [user]);
  // Later layers win: the image's files over its accounts over its base's.
  const byPath = new Map<string, ImageFile>();
  for (const file of [...info.base.files, ...accounts, ...definition.files(info.version)]) byPath.set(file.path, file);
  return {
    reference,
    definition,
    tag,
    info,
    name: `${definition.repositoryName}:${tag}`,
    imageID: imageId(definition.repositoryName, tag),
    sizeBytes: info.sizeBytes,
    base: info.base,
    shell: info.base.shell,
    entrypoint: info.entrypoint ?? definition.entrypoint,
    cmd: definition.cmd,
    env: definition.env(info.version),
    workingDir: definition.workingDir || '/',
    user,
    files: [...byPath.values()],
    programs: definition.programs,
    commands: new Set([...info.base.commands, ...(definition.extraCommands ?? [])]),
  };
}

/** The image's program that argv[0] names, if any. */
export function findProgram(image: ResolvedImage, argv0: string): ProgramDefinition | undefined {
  return image.programs.find((program) => programMatches(program, argv0));
}

/**
 * The container's argv from the pod spec, as the runtime builds it: `command` replaces ENTRYPOINT (and
 * drops CMD), `args` replaces CMD.
 */
export function containerArgv(
  image: Pick<ResolvedImage, 'entrypoint' | 'cmd'>,
  command?: readonly string[],
  args?: readonly string[],
): string[] {
  if (command && command.length > 0) return [...command, ...(args ?? [])];
  return [...image.entrypoint, ...(args && args.length > 0 ? args : image.cmd)];
}

/** Lists the catalog: repository and tags, for documentation and the UI. */
export const catalogEntries = (): { repository: string; tags: string[]; description: string }[] =>
  IMAGES.map((image) => ({
    repository: image.repositoryName,
    tags: Object.keys(image.tags),
    description: image.description,
  }));
