import type { ProgramDefinition } from './program';

/** The user a container runs as unless securityContext says otherwise. */
export interface ImageUser {
  uid: number;
  gid: number;
  name: string;
  home: string;
}

/** A file baked into an image (a seed for the container's filesystem). */
export interface ImageFile {
  path: string;
  content: string;
  /** Permission bits; 0o644 unless set. */
  mode?: number;
  uid?: number;
  gid?: number;
}

/** What /bin/sh is: busybox ash, Debian's dash, or bash (Red Hat-like images); none in distroless images. */
export type ShellKind = 'busybox' | 'dash' | 'bash' | 'none';
/** Whose tools answer (and with which messages): busybox applets or GNU coreutils. */
export type Userland = 'busybox' | 'gnu' | 'none';

/** The distribution under an image: decides its shell, tools, messages and base files. */
export interface BaseOs {
  id: string;
  prettyName: string;
  shell: ShellKind;
  hasBash: boolean;
  userland: Userland;
  /** Commands on PATH besides the image's own programs. */
  commands: readonly string[];
  files: readonly ImageFile[];
  /** busybox's version where busybox provides the tools (its nslookup output changed after 1.28). */
  busyboxVersion?: string;
}

/** One published tag. */
export interface TagInfo {
  /** The software's version under this tag (NGINX_VERSION, PG_VERSION, ...). */
  version: string;
  /** Compressed size (linux/amd64), as "Image size" in Pulled events and node.status.images. */
  sizeBytes: number;
  base: BaseOs;
  /** Config.Entrypoint when this tag differs from the repository's (nginx before 1.19 had none). */
  entrypoint?: readonly string[];
}

/** CPU and memory a process uses, for metrics and OOM decisions. */
export interface ResourceUsage {
  cpuMillicores: number;
  memoryBytes: number;
}

/** An image repository: its tags and its config (as `docker inspect` shows Config). */
export interface ImageDefinition {
  /** registry/repository: docker.io/library/nginx. */
  repositoryName: string;
  /** Other names that resolve to this repository (e.g. docker.io/nginxinc/nginx-unprivileged is not one). */
  aliases?: readonly string[];
  description: string;
  tags: Readonly<Record<string, TagInfo>>;
  entrypoint: readonly string[];
  cmd: readonly string[];
  /** Config.Env for a tag's version (PATH first, as images set it). */
  env: (version: string) => Readonly<Record<string, string>>;
  /** "" means "/", as in an image config. */
  workingDir: string;
  user: ImageUser;
  stopSignal?: string;
  /** Config.ExposedPorts (documentation only: a server answers on what its program listens to). */
  exposedPorts: readonly number[];
  /** Files of the image beyond its base OS's, for a tag's version. */
  files: (version: string) => readonly ImageFile[];
  /** Executables this image adds (servers, entrypoint scripts): argv[0] runs them. */
  programs: readonly ProgramDefinition[];
  /** Extra tools on PATH that the shell implements (curl in nginx images, wget in busybox is built in). */
  extraCommands?: readonly string[];
}
