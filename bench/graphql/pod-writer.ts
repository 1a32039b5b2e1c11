import type Redis from 'ioredis';
import { keyOf, type KubeObject, type StoreService } from '@ksb/store';
import { type OpenLoopResult, runOpenLoop } from '../support/open-loop';
import type { PodTarget } from './fixture';
import { epochMs, type WriteRecord } from './subscribers/protocol';

const MAX_IN_FLIGHT = 200;

/** Annotations each write stamps the pod with: a reader can tell the write (and its send time) by them. */
export const SEQ_ANNOTATION = 'bench/seq';
export const SENT_ANNOTATION = 'bench/sent-at';

export interface WriteRun {
  loop: OpenLoopResult;
  records: WriteRecord[];
}

export interface Pace {
  ratePerSecond: number;
  durationMs: number;
}

function stamped(pod: KubeObject, seq: number, sentMs: number): KubeObject {
  const annotations = {
    ...pod.metadata.annotations,
    [SEQ_ANNOTATION]: String(seq),
    [SENT_ANNOTATION]: sentMs.toFixed(3),
  };
  return { ...pod, metadata: { ...pod.metadata, annotations } };
}

/**
 * Rewrites the pods round-robin at a fixed rate (open loop), each write an unconditional update through the
 * store (store_commit in Postgres, then the publish on the sandbox's Redis channel), and records for each
 * its sandbox, its revision, when it was sent and when the commit call returned.
 */
export async function writePods(store: StoreService, targets: PodTarget[], pace: Pace): Promise<WriteRun> {
  const records: WriteRecord[] = [];
  const loop = await runOpenLoop({ ...pace, maxInFlight: MAX_IN_FLIGHT }, async (seq) => {
    const target = targets[seq % targets.length];
    const name = target.pod.metadata.name ?? '';
    const sentMs = epochMs();
    const stored = await store.update(
      keyOf(target.sandboxId, 'pods', 'default', name),
      stamped(target.pod, seq, sentMs),
    );
    records.push({ sandboxId: target.sandboxId, revision: stored.revision, sentMs, committedMs: epochMs() });
  });
  return { loop, records };
}

/**
 * The floor under any store-backed delivery: the same pod JSON, shaped as the store publishes a change,
 * published straight on a Redis channel at the same rate (no Postgres, no API process, no GraphQL).
 */
export async function publishRaw(
  redis: Redis,
  channel: string,
  key: string,
  pod: KubeObject,
  pace: Pace,
): Promise<WriteRun> {
  const records: WriteRecord[] = [];
  const loop = await runOpenLoop({ ...pace, maxInFlight: MAX_IN_FLIGHT }, async (seq) => {
    const revision = seq + 1;
    const sentMs = epochMs();
    const event = { type: 'MODIFIED', revision, resource: 'pods', namespace: 'default', name: pod.metadata.name };
    await redis.publish(channel, JSON.stringify({ events: [{ ...event, object: stamped(pod, seq, sentMs) }] }));
    records.push({ sandboxId: key, revision, sentMs, committedMs: epochMs() });
  });
  return { loop, records };
}
