import { fmt } from '../report';
import { memoryPer, type MemorySample } from '../support/memory';
import type { LatencySummary } from '../support/stats';
import type { FanOutRun } from './fan-out';
import type { DeliveryResult } from './subscribers/protocol';

/** A latency that may be infinite (events never received count as such). */
export const lateMs = (value: number): string => (Number.isFinite(value) ? fmt.ms(value) : 'never');

export const latencyCells = (l: LatencySummary): string[] => [
  lateMs(l.p50),
  lateMs(l.p90),
  lateMs(l.p99),
  lateMs(l.max),
];

/** "delivered/expected", with the share lost when some never came. */
export function deliveredText(d: DeliveryResult): string {
  const lost = d.expected - d.delivered;
  const text = `${fmt.int(d.delivered)}/${fmt.int(d.expected)}`;
  return lost > 0 ? `${text} (${fmt.pct(lost / Math.max(1, d.expected))} missing)` : text;
}

/** Everything went as it should: all subscribers connected, every event once and in order, no errors. */
export const clean = (run: FanOutRun): boolean =>
  run.connect.failed === 0 &&
  run.delivery.delivered === run.delivery.expected &&
  run.delivery.outOfOrder === 0 &&
  run.delivery.streamErrors === 0 &&
  run.writes.errors === 0 &&
  run.writes.skipped === 0;

export interface SubscriberMemory {
  /** Growth of the API process per connection (socket, graphql-ws context), no subscription yet. */
  connection: MemorySample;
  /** Growth per subscription on top of its connection, before any event. */
  subscription: MemorySample;
  /** Growth per subscriber once each has received an event (buffers and state the delivery path keeps). */
  firstEvent: MemorySample;
  /** All of it: what one subscriber costs the API process in steady state. */
  subscriber: MemorySample;
  /** The same on the client side (subscriber process), for comparison. */
  client: MemorySample;
}

export function subscriberMemory(run: FanOutRun): SubscriberMemory {
  const n = run.connect.opened;
  const { idle, connected, subscribed, warm } = run.server;
  return {
    connection: memoryPer(idle, connected, n),
    subscription: memoryPer(connected, subscribed, run.subscribe.opened),
    firstEvent: memoryPer(subscribed, warm, n),
    subscriber: memoryPer(idle, warm, n),
    client: memoryPer(run.connect.before, run.subscribe.after, n),
  };
}
