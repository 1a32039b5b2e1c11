import { performance } from 'node:perf_hooks';
import type { MemorySample } from '../../support/memory';
import type { LatencySummary } from '../../support/stats';
import { typedAs } from '../child';
import type { ChannelStats } from './channel-probe';

/** What the subscriber process (subscribers/main.ts) and the benchmark send each other over IPC. */

/** A sandbox and a token that may read it. */
export interface SubscriberTarget {
  sandboxId: string;
  token: string;
}

/** One commit of the writer: its sandbox and revision, and when it was sent and returned (epoch ms). */
export interface WriteRecord {
  sandboxId: string;
  revision: number;
  sentMs: number;
  committedMs: number;
}

export type SubscriberCommand =
  /** Opens `perTarget` graphql-ws connections per target (connection_init answered), no subscription yet. */
  | { type: 'connect'; url: string; targets: SubscriberTarget[]; perTarget: number; concurrency: number }
  /** Subscribes every open connection, each from its target's revision (same order as `targets`). */
  | { type: 'subscribe'; query: string; fromRevisions: string[] }
  /** Starts counting publishes on a sandbox's change channel that arrive after a higher revision's. */
  | { type: 'probe-channel'; url: string; channel: string }
  /** Adds a plain Redis subscriber of `channel`, counted as the one subscriber of sandbox `key`. */
  | { type: 'listen-redis'; url: string; channel: string; key: string }
  /**
   * Matches what arrived since the last collect to these writes, waiting for the rest until all arrived,
   * `drainMs` passed, or nothing new came for `quietMs`; forgets the deliveries afterwards.
   */
  | { type: 'collect'; writes: WriteRecord[]; drainMs: number; quietMs: number }
  /** Closes every connection and subscriber. */
  | { type: 'close' }
  | { type: 'exit' };

export interface OpenOutcome {
  opened: number;
  failed: number;
  firstError?: string;
  openMs: number;
  /** This process's memory after full GCs, before and after opening. */
  before: MemorySample;
  after: MemorySample;
}

export interface DeliveryResult {
  writes: number;
  /** Writes times the subscribers of their sandbox. */
  expected: number;
  delivered: number;
  /** An event whose revision was not above the previous one of its subscriber: a duplicate or a reorder. */
  outOfOrder: number;
  /** Events of earlier runs that arrived meanwhile (ignored). */
  stale: number;
  /** Send (just before the commit was called) to receipt; events never received count as infinitely late. */
  sentToReceived: LatencySummary;
  /** The same over the received events only. */
  sentToReceivedDelivered: LatencySummary;
  /** Commit returned to receipt (0 when the event came first), received events only. */
  committedToReceived: LatencySummary;
  /** Events received before the writer's commit call had returned. */
  beforeCommitReturned: number;
  /** Received events per second, first send to last receipt. */
  deliveriesPerSecond: number;
  /** Subscriptions that errored or ended so far (they should not). */
  streamErrors: number;
  firstStreamError?: string;
  /** The most frequent reasons subscriptions failed, with how many each ended. */
  failureReasons: [string, number][];
  /** Waited after the last write for the remaining events. */
  drainedMs: number;
  /** The probed change channel meanwhile (when a probe runs). */
  channel?: ChannelStats;
}

export type SubscriberReport =
  | { type: 'ready' }
  | ({ type: 'connected' } & OpenOutcome)
  | ({ type: 'subscribed' } & OpenOutcome)
  | { type: 'listening' }
  | { type: 'probing' }
  | { type: 'collected'; result: DeliveryResult }
  | { type: 'closed' }
  | { type: 'failed'; message: string };

export const isSubscriberCommand = typedAs<SubscriberCommand>([
  'connect',
  'subscribe',
  'probe-channel',
  'listen-redis',
  'collect',
  'close',
  'exit',
]);

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes of this host. */
export const epochMs = (): number => performance.timeOrigin + performance.now();
