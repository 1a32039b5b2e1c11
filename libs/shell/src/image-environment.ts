import type { ContainerFs } from '@ksb/container-fs';
import { findProgram, type ResolvedImage } from '@ksb/image-catalog';
import type { ShellFlavour } from './flavour/flavour';
import type { ProcessInfo, ShellEnvironment, ShellUser } from './run/environment';

/**
 * A shell environment for a container of a resolved image: its shell flavour, tools, programs and user.
 * A distroless image (no shell) still gets one so its programs run; `hasShell` tells the host.
 */
export function environmentForImage(
  image: ResolvedImage,
  machine: {
    fs: ContainerFs;
    clock: () => number;
    hostname: string;
    podIP: string;
    user?: ShellUser;
    processes?: () => readonly ProcessInfo[];
  },
): ShellEnvironment & { hasShell: boolean } {
  const shell = image.shell;
  const flavour: ShellFlavour = shell === 'none' ? 'busybox' : shell;
  return {
    ...machine,
    user: machine.user ?? image.user,
    flavour,
    tools: image.base.userland === 'gnu' ? 'gnu' : 'busybox',
    available: (name) => image.commands.has(name),
    programs: (argv0) => findProgram(image, argv0),
    programVersion: image.info.version,
    ...(image.base.busyboxVersion ? { busyboxVersion: image.base.busyboxVersion } : {}),
    ...(image.definition.repositoryName === 'docker.io/curlimages/curl' ? { curlVersion: image.info.version } : {}),
    hasShell: shell !== 'none',
  };
}

/**
 * Whether argv[0] can start at all: the runtime's error otherwise (the kubelet reports it as StartError
 * for a container, or as the exec failure for kubectl exec).
 */
export function startError(env: ShellEnvironment, argv0: string): string | undefined {
  const base = argv0.slice(argv0.lastIndexOf('/') + 1);
  const known = env.programs?.(argv0) !== undefined || (env.available ? env.available(base) : true);
  if (known) return undefined;
  if (argv0.includes('/')) {
    if (env.fs.exists(argv0) && !env.fs.isDirectory(argv0)) return undefined;
    return `exec: "${argv0}": stat ${argv0}: no such file or directory`;
  }
  return `exec: "${argv0}": executable file not found in $PATH`;
}

/** The full message containerd gives the kubelet for a container whose command cannot start. */
export const runtimeStartError = (reason: string): string =>
  `failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: ${reason}: unknown`;

/** The message kubectl exec shows when the command cannot start. */
export const execStartError = (reason: string): string =>
  `OCI runtime exec failed: exec failed: unable to start container process: ${reason}: unknown`;
