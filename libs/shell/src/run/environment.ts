import type { ContainerFs } from '@ksb/container-fs';
import type { ProgramDefinition } from '@ksb/image-catalog';
import type { ShellFlavour } from '../flavour/flavour';
import type { ToolFlavour } from '../flavour/tool-messages';

/** A process of the container, as the host's process table lists it (ps, kill). */
export interface ProcessInfo {
  pid: number;
  user: string;
  /** The command line. */
  command: string;
  /** Simulated epoch ms when it started. */
  startedAtMs?: number;
  /** CPU time used, in seconds. */
  cpuSeconds?: number;
  /** Resident memory, in bytes. */
  rssBytes?: number;
}

export interface ShellUser {
  uid: number;
  gid: number;
  name: string;
  home: string;
}

/**
 * The machine a shell runs on, provided by its host: the container's filesystem, clock, identity, and
 * what is installed. Nothing here does I/O; the network is reached through effects.
 */
export interface ShellEnvironment {
  fs: ContainerFs;
  /** Simulated epoch milliseconds. */
  clock: () => number;
  hostname: string;
  podIP: string;
  user: ShellUser;
  /** What /bin/sh is. */
  flavour: ShellFlavour;
  /** Whose tools answer (message wording). */
  tools: ToolFlavour;
  /** Whether a command is on PATH; everything the shell implements when unset. */
  available?: (name: string) => boolean;
  /** The image's programs (servers, entrypoints) by argv[0]. */
  programs?: (argv0: string) => ProgramDefinition | undefined;
  /** The image tag's software version, passed to programs. */
  programVersion?: string;
  /** The container's processes (ps, kill). */
  processes?: () => readonly ProcessInfo[];
  /** busybox's version, for nslookup's output format (1.28 and older print the legacy format). */
  busyboxVersion?: string;
  /** curl's version (User-Agent). */
  curlVersion?: string;
  /** Commands run without blocking before a `busy` effect hands control back (default 10,000). */
  stepBudget?: number;
}
