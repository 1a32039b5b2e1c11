import { type Client, createClient } from 'graphql-ws';
import Redis from 'ioredis';
import WebSocket from 'ws';
import { DeliveryLog } from './delivery-log';
import { epochMs, type SubscriberTarget } from './protocol';

/** One subscriber: a graphql-ws connection of its own (as each browser tab has) or the raw Redis listener. */
interface Subscriber {
  sandboxId: string;
  /** Index of its target in the last connect (its fromRevision comes from there). */
  target: number;
  client?: Client;
  unsubscribe?: () => void;
  lastRevision: number;
}

/** A subscription's data: one root field (podEvents...) whose value carries the event's revision. */
type EventData = Record<string, { revision?: unknown } | null | undefined>;

const CONNECT_TIMEOUT_MS = 30_000;

/** A close event, an Error or anything else a graphql-ws sink or listener hands over, as text. */
export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const reason = 'reason' in error ? String(error.reason) : '';
    return `socket closed ${String(error.code)}${reason ? ` (${reason})` : ''}`;
  }
  if (Array.isArray(error)) return error.map(describe).join('; ');
  return JSON.stringify(error);
}

const revisionOf = (data: EventData | null | undefined): number | undefined => {
  const event = data ? Object.values(data)[0] : undefined;
  const revision = Number(event?.revision);
  return event && Number.isFinite(revision) ? revision : undefined;
};

/**
 * Many GraphQL subscribers over real WebSockets (the graphql-ws client on the `ws` package), recording
 * the moment each event reaches its sink (after graphql-ws parsed the message, as an application sees it).
 */
export class SubscriberFleet {
  readonly log = new DeliveryLog();
  /** Events whose revision was not above their subscriber's previous one, since the last take. */
  outOfOrder = 0;
  firstStreamError?: string;
  /** Why subscriptions failed: each distinct message and how many subscriptions it ended. */
  readonly failures = new Map<string, number>();
  private readonly failed = new Set<number>();
  private subscribers: Subscriber[] = [];
  private redis?: Redis;
  private closing = false;

  /** Subscriptions that errored or ended. */
  get streamErrors(): number {
    return this.failed.size;
  }

  sandboxOf(subscriber: number): string {
    return this.subscribers[subscriber].sandboxId;
  }

  /** Subscribers per sandbox. */
  perSandbox(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const s of this.subscribers) counts.set(s.sandboxId, (counts.get(s.sandboxId) ?? 0) + 1);
    return counts;
  }

  /** Opens `perTarget` connections per target, `concurrency` at a time, each answered connection_ack. */
  async connect(
    url: string,
    targets: SubscriberTarget[],
    perTarget: number,
    concurrency: number,
  ): Promise<{ opened: number; failed: number; firstError?: string }> {
    this.closing = false;
    const all = targets.flatMap((target, index) => Array.from({ length: perTarget }, () => ({ target, index })));
    const outcome = { opened: 0, failed: 0, firstError: undefined as string | undefined };
    let next = 0;
    const lane = async (): Promise<void> => {
      for (let i = next++; i < all.length; i = next++) {
        const subscriber: Subscriber = { sandboxId: all[i].target.sandboxId, target: all[i].index, lastRevision: 0 };
        try {
          subscriber.client = await this.connectOne(url, all[i].target, this.subscribers.length);
          this.subscribers.push(subscriber);
          outcome.opened++;
        } catch (error) {
          outcome.failed++;
          outcome.firstError ??= describe(error);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, all.length) }, lane));
    return outcome;
  }

  /** Subscribes every connection with `query`; its variables are the sandbox and the target's revision. */
  subscribe(query: string, fromRevisions: string[]): number {
    let subscribed = 0;
    this.subscribers.forEach((subscriber, index) => {
      if (!subscriber.client) return;
      const variables = { sandboxId: subscriber.sandboxId, fromRevision: fromRevisions[subscriber.target] };
      subscriber.unsubscribe = subscriber.client.subscribe<EventData>(
        { query, variables },
        {
          next: (result) => {
            const receivedMs = epochMs();
            const revision = revisionOf(result.data);
            if (revision === undefined) {
              this.streamFailed(index, `event without a revision: ${describe(result.errors ?? result)}`);
              return;
            }
            this.record(index, revision, receivedMs);
          },
          error: (error) => this.streamFailed(index, describe(error)),
          complete: () => this.streamFailed(index, 'the server completed the subscription'),
        },
      );
      subscribed++;
    });
    return subscribed;
  }

  /** A plain Redis subscriber of `channel` whose messages carry `{ events: [{ revision }] }`. */
  async listenRedis(url: string, channel: string, key: string): Promise<void> {
    const index = this.subscribers.length;
    this.subscribers.push({ sandboxId: key, target: -1, lastRevision: 0 });
    this.redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    this.redis.on('message', (_channel: string, message: string) => {
      const receivedMs = epochMs();
      const parsed = JSON.parse(message) as { events: { revision: number }[] };
      for (const event of parsed.events) this.record(index, event.revision, receivedMs);
    });
    await this.redis.connect();
    await this.redis.subscribe(channel);
  }

  takeOutOfOrder(): number {
    const count = this.outOfOrder;
    this.outOfOrder = 0;
    return count;
  }

  /** Closes every connection (the server's subscriptions end with them) and forgets the subscribers. */
  close(): void {
    this.closing = true;
    for (const subscriber of this.subscribers) {
      subscriber.unsubscribe?.();
      void subscriber.client?.dispose();
    }
    this.redis?.disconnect();
    this.redis = undefined;
    this.subscribers = [];
    this.failed.clear();
    this.failures.clear();
    this.firstStreamError = undefined;
    this.outOfOrder = 0;
    this.log.clear();
  }

  private record(subscriber: number, revision: number, receivedMs: number): void {
    const state = this.subscribers[subscriber];
    if (revision <= state.lastRevision) this.outOfOrder++;
    else state.lastRevision = revision;
    this.log.push(subscriber, revision, receivedMs);
  }

  private connectOne(url: string, target: SubscriberTarget, index: number): Promise<Client> {
    return new Promise((resolve, reject) => {
      let connected = false;
      const fail = (error: unknown) => {
        if (connected) this.streamFailed(index, describe(error));
        else {
          clearTimeout(timer);
          void client.dispose();
          reject(new Error(describe(error)));
        }
      };
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        lazy: false,
        // A reconnect would hide a dropped connection (and re-subscribe from nothing): fail instead.
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${target.token}` },
        onNonLazyError: fail,
        on: {
          connected: () => {
            connected = true;
            clearTimeout(timer);
            resolve(client);
          },
          closed: (event) => fail(event),
        },
      });
      const timer = setTimeout(
        () => fail(new Error(`no connection_ack within ${CONNECT_TIMEOUT_MS} ms`)),
        CONNECT_TIMEOUT_MS,
      );
    });
  }

  private streamFailed(subscriber: number, message: string): void {
    if (this.closing || this.failed.has(subscriber)) return;
    this.failed.add(subscriber);
    this.firstStreamError ??= message;
    this.failures.set(message, (this.failures.get(message) ?? 0) + 1);
  }
}
