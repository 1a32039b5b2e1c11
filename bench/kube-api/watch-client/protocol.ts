import { performance } from 'node:perf_hooks';
import type { MemorySample } from '../../support/memory';
import type { OpenLoopResult } from '../../support/open-loop';

/** What the watch process (watch-client/main.ts) and the benchmark send each other over IPC. */

/** A sandbox, its token, and the ConfigMap whose changes its watchers wait for. */
export interface WatchTarget {
  sandboxId: string;
  token: string;
  configMap: string;
}

/** Where the endpoint is and what to watch; nothing is opened yet. */
export interface ConfigureCommand {
  type: 'configure';
  host: string;
  port: number;
  caPem: string;
  targets: WatchTarget[];
  watchesPerSandbox: number;
}

export interface OpenCommand {
  type: 'open';
  /** Watches being opened at once. */
  concurrency: number;
  /** Per target (same order), the revision its watches start after. */
  resourceVersions: string[];
}

export interface WriteCommand {
  type: 'write';
  ratePerSecond: number;
  durationMs: number;
  /** Sequence number of the first write (warm-up and measured runs use distinct ranges). */
  firstSeq: number;
  /** After the last write, how long to wait for events still on their way. */
  drainMs: number;
}

export type WatchCommand = ConfigureCommand | OpenCommand | WriteCommand | { type: 'exit' };

export interface DeliveryResult {
  writes: OpenLoopResult;
  /** Open watches per sandbox while the writes ran (0 before they are opened). */
  watchesPerSandbox: number;
  /** Successful writes times the watchers of their sandbox. */
  expected: number;
  delivered: number;
  duplicates: number;
  /** Receipt minus the send time embedded in the object (an upper bound of commit-to-delivery). */
  sentToDeliveredMs: number[];
  /** Receipt minus the moment the write's response arrived (0 when the event came first). */
  respondedToDeliveredMs: number[];
  /** Events that reached a watcher before the writer had its response. */
  beforeResponse: number;
  /** Watches that ended or sent an ERROR event so far (the endpoint answers a failed watch 200, then ERROR). */
  streamErrors: number;
  firstStreamError?: string;
  /** Time waited after the last write for the remaining events. */
  drainedMs: number;
}

export type WatchReport =
  | { type: 'ready' }
  | {
      type: 'opened';
      opened: number;
      failed: number;
      firstError?: string;
      openMs: number;
      before: MemorySample;
      after: MemorySample;
    }
  | { type: 'delivered'; result: DeliveryResult }
  | { type: 'failed'; message: string };

const hasType = (value: unknown): value is { type: unknown } =>
  typeof value === 'object' && value !== null && 'type' in value;

export const isWatchCommand = (value: unknown): value is WatchCommand =>
  hasType(value) &&
  (value.type === 'configure' || value.type === 'open' || value.type === 'write' || value.type === 'exit');

export const isWatchReport = (value: unknown): value is WatchReport =>
  hasType(value) &&
  (value.type === 'ready' || value.type === 'opened' || value.type === 'delivered' || value.type === 'failed');

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes of this host. */
export const epochMs = (): number => performance.timeOrigin + performance.now();

/** Annotations a write carries, read back from each watch event. */
export const SEQ_ANNOTATION = 'bench.ksb.io/seq';
export const SENT_ANNOTATION = 'bench.ksb.io/sent-ms';
