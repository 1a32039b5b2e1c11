import { setTimeout as sleep } from 'node:timers/promises';
import { HttpsClient } from '../../support/https-client';
import { type OpenLoopResult, runOpenLoop } from '../../support/open-loop';
import type { ConfigureCommand, DeliveryResult, WriteCommand } from './protocol';
import { epochMs, SENT_ANNOTATION, SEQ_ANNOTATION } from './protocol';
import type { WatchFleet } from './watch-fleet';

const MAX_IN_FLIGHT = 200;
const DRAIN_POLL_MS = 10;

/**
 * Merge-patches the watched ConfigMaps at a fixed rate, round-robin over the sandboxes, each patch
 * stamping the object with its sequence number and send time; records when each response came back.
 */
async function patchAtRate(
  client: HttpsClient,
  config: ConfigureCommand,
  rate: { ratePerSecond: number; durationMs: number },
  firstSeq: number,
  responded: Map<number, number>,
): Promise<OpenLoopResult> {
  return runOpenLoop({ ...rate, maxInFlight: MAX_IN_FLIGHT }, async (index) => {
    const seq = firstSeq + index;
    const target = config.targets[index % config.targets.length];
    const annotations = { [SEQ_ANNOTATION]: String(seq), [SENT_ANNOTATION]: epochMs().toFixed(3) };
    await client.expect(200, {
      method: 'PATCH',
      path: `/clusters/${target.sandboxId}/api/v1/namespaces/default/configmaps/${target.configMap}`,
      token: target.token,
      body: JSON.stringify({ metadata: { annotations } }),
      headers: { 'Content-Type': 'application/merge-patch+json' },
    });
    responded.set(seq, epochMs());
  });
}

/** Waits until `expected` events arrived or `drainMs` passed; returns how long it waited. */
async function drain(fleet: WatchFleet, expected: number, drainMs: number): Promise<number> {
  const began = Date.now();
  while (fleet.deliveries.length < expected && Date.now() - began < drainMs) await sleep(DRAIN_POLL_MS);
  return Date.now() - began;
}

/** Writes at the command's rate, waits for the events and matches them to the writes. */
export async function writeAndCollect(fleet: WatchFleet, command: WriteCommand): Promise<DeliveryResult> {
  const config = fleet.config;
  const client = new HttpsClient(config.host, config.port, config.caPem, MAX_IN_FLIGHT);
  const responded = new Map<number, number>();
  fleet.reset();
  try {
    const rate = { ratePerSecond: command.ratePerSecond, durationMs: command.durationMs };
    const writes = await patchAtRate(client, config, rate, command.firstSeq, responded);
    const expected = writes.completed * fleet.openPerTarget;
    const drainedMs = await drain(fleet, expected, command.drainMs);
    return summarizeDeliveries(fleet, writes, fleet.openPerTarget, expected, responded, drainedMs);
  } finally {
    fleet.reset();
    client.close();
  }
}

function summarizeDeliveries(
  fleet: WatchFleet,
  writes: OpenLoopResult,
  watchesPerSandbox: number,
  expected: number,
  responded: Map<number, number>,
  drainedMs: number,
): DeliveryResult {
  const seen = new Set<string>();
  const result: DeliveryResult = {
    writes,
    watchesPerSandbox,
    expected,
    delivered: 0,
    duplicates: 0,
    sentToDeliveredMs: [],
    respondedToDeliveredMs: [],
    beforeResponse: 0,
    streamErrors: fleet.streamErrors,
    firstStreamError: fleet.firstStreamError,
    drainedMs,
  };
  for (const delivery of fleet.deliveries) {
    const key = `${delivery.watcher}:${delivery.seq}`;
    if (seen.has(key)) {
      result.duplicates++;
      continue;
    }
    seen.add(key);
    result.delivered++;
    result.sentToDeliveredMs.push(delivery.receivedMs - delivery.sentMs);
    const respondedMs = responded.get(delivery.seq);
    if (respondedMs === undefined) continue;
    if (delivery.receivedMs < respondedMs) result.beforeResponse++;
    result.respondedToDeliveredMs.push(Math.max(0, delivery.receivedMs - respondedMs));
  }
  return result;
}
