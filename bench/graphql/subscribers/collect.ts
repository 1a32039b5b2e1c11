import { setTimeout as sleep } from 'node:timers/promises';
import { summarize } from '../../support/stats';
import type { DeliveryResult, WriteRecord } from './protocol';
import type { SubscriberFleet } from './subscriber-fleet';

const POLL_MS = 10;
const MAX_REASONS = 3;

interface Matched {
  delivered: number;
  stale: number;
  sentToReceived: number[];
  committedToReceived: number[];
  beforeCommitReturned: number;
  lastReceivedMs: number;
}

/**
 * Matches the events received since the last collect to the writes (by sandbox and revision), waiting for
 * the missing ones while they keep coming; then forgets every delivery so far.
 */
export async function collectDeliveries(
  fleet: SubscriberFleet,
  writes: WriteRecord[],
  drainMs: number,
  quietMs: number,
): Promise<DeliveryResult> {
  const byKey = new Map<string, WriteRecord>();
  for (const write of writes) byKey.set(`${write.sandboxId}:${write.revision}`, write);
  const perSandbox = fleet.perSandbox();
  const expected = writes.reduce((sum, write) => sum + (perSandbox.get(write.sandboxId) ?? 0), 0);
  const matched: Matched = {
    delivered: 0,
    stale: 0,
    sentToReceived: [],
    committedToReceived: [],
    beforeCommitReturned: 0,
    lastReceivedMs: 0,
  };
  let cursor = 0;
  const match = (): void => {
    const log = fleet.log;
    for (; cursor < log.length; cursor++) {
      const write = byKey.get(`${fleet.sandboxOf(log.subscriberAt(cursor))}:${log.revisionAt(cursor)}`);
      if (!write) {
        matched.stale++;
        continue;
      }
      const receivedMs = log.receivedAt(cursor);
      matched.delivered++;
      matched.sentToReceived.push(receivedMs - write.sentMs);
      if (receivedMs < write.committedMs) matched.beforeCommitReturned++;
      matched.committedToReceived.push(Math.max(0, receivedMs - write.committedMs));
      matched.lastReceivedMs = Math.max(matched.lastReceivedMs, receivedMs);
    }
  };

  const began = Date.now();
  let lastProgress = began;
  match();
  while (matched.delivered < expected && Date.now() - began < drainMs && Date.now() - lastProgress < quietMs) {
    await sleep(POLL_MS);
    const before = matched.delivered;
    match();
    if (matched.delivered > before) lastProgress = Date.now();
  }
  const drainedMs = Date.now() - began;
  fleet.log.clear();
  return summarizeDeliveries(fleet, writes, expected, matched, drainedMs);
}

function summarizeDeliveries(
  fleet: SubscriberFleet,
  writes: WriteRecord[],
  expected: number,
  matched: Matched,
  drainedMs: number,
): DeliveryResult {
  const missing = Math.max(0, expected - matched.delivered);
  const firstSentMs = writes.reduce((first, write) => Math.min(first, write.sentMs), Infinity);
  const spanMs = matched.lastReceivedMs - firstSentMs;
  return {
    writes: writes.length,
    expected,
    delivered: matched.delivered,
    outOfOrder: fleet.takeOutOfOrder(),
    stale: matched.stale,
    // An event that never came is later than any that did: it counts at the top of the distribution.
    sentToReceived: summarize(matched.sentToReceived.concat(new Array<number>(missing).fill(Infinity))),
    sentToReceivedDelivered: summarize(matched.sentToReceived),
    committedToReceived: summarize(matched.committedToReceived),
    beforeCommitReturned: matched.beforeCommitReturned,
    deliveriesPerSecond: spanMs > 0 ? (matched.delivered / spanMs) * 1000 : 0,
    streamErrors: fleet.streamErrors,
    firstStreamError: fleet.firstStreamError,
    failureReasons: [...fleet.failures].sort((a, b) => b[1] - a[1]).slice(0, MAX_REASONS),
    drainedMs,
  };
}
