import type { ResourceUsage } from './image';
import type { ServedPort } from './serving';

/** What a program sees when it starts. Time is the simulated clock's, passed in. */
export interface ProgramContext {
  argv: readonly string[];
  env: Readonly<Record<string, string>>;
  /** Simulated epoch milliseconds. */
  now: number;
  /** The process's working directory (the container's workingDir). */
  cwd: string;
  hostname: string;
  podIP: string;
  /** The image tag's software version. */
  version: string;
  /** A file of the container's filesystem, undefined when absent (programs reading config). */
  readFile: (path: string) => string | undefined;
}

interface Output {
  stdout?: readonly string[];
  stderr?: readonly string[];
}

/**
 * What a program does, as data for the host:
 * - exit: prints and ends with a code (a server refusing to start, a CLI without a terminal);
 * - exec: prints, then replaces itself with argv (entrypoint scripts: `exec "$@"`);
 * - serve: prints its start-up lines and keeps running with a resource usage, serving ports; with
 *   exitAfterMs it ends by itself (stress --timeout), printing exitStdout/exitStderr and exiting exitCode.
 */
export type ProgramOutcome =
  | ({ kind: 'exit'; code: number } & Output)
  | ({ kind: 'exec'; argv: readonly string[] } & Output)
  | ({
      kind: 'serve';
      ports: readonly ServedPort[];
      usage: ResourceUsage;
      exitAfterMs?: number;
      exitCode?: number;
      exitStdout?: readonly string[];
      exitStderr?: readonly string[];
      /** Files the program creates as it starts (postgres's PG_VERSION in PGDATA, a pid file). */
      writeFiles?: readonly { path: string; content: string }[];
    } & Output);

/** An executable of an image, matched by argv[0] (basename or full path). */
export interface ProgramDefinition {
  names: readonly string[];
  run: (context: ProgramContext) => ProgramOutcome;
}

/** Whether argv[0] names this program ("nginx", "/usr/sbin/nginx"). */
export function programMatches(program: ProgramDefinition, argv0: string): boolean {
  const base = argv0.slice(argv0.lastIndexOf('/') + 1);
  return program.names.some((name) => name === argv0 || name === base);
}
