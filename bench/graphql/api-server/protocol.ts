import type { MemorySample } from '../../support/memory';
import type { Stalls } from '../../support/stalls';
import { typedAs } from '../child';

/** What the API process (api-server/main.ts) and the benchmark send each other over IPC. */

export type ApiCommand =
  /** Memory after full collections; with `snapshot`, also writes a heap snapshot to that path. */
  | { type: 'memory'; snapshot?: string }
  /** Starts sampling event-loop delay and GC pauses ... */
  | { type: 'stalls-start' }
  /** ... and reports them up to `untilMs` (epoch ms: when the measurement ended). */
  | { type: 'stalls-stop'; untilMs: number }
  | { type: 'exit' };

export type ApiReport =
  | { type: 'listening'; port: number }
  | { type: 'memory'; sample: MemorySample }
  | { type: 'stalls-started' }
  | { type: 'stalls'; stalls: Stalls }
  | { type: 'failed'; message: string };

export const isApiCommand = typedAs<ApiCommand>(['memory', 'stalls-start', 'stalls-stop', 'exit']);
