import type { DomainError } from '@ksb/errors';
import type { ChangeEvent, Watch } from '@ksb/store';
import { redactSecret } from '../config/secret-redaction';
import type { AccessLease } from './subscription-access.monitor';

/** What a subscription's source stream yields: a change, or the error that ends it. */
export type StreamItem = { event: ChangeEvent } | { error: DomainError | Error };

export interface EventStreamOptions {
  /** Secrets are passed on without their values (for tokens that may not read them). */
  redactSecrets?: boolean;
}

/**
 * A watch as a subscription's source stream, guarded by an access lease: every change is checked against
 * the lease before it is passed on, and a revoked lease ends the stream with its error. Not an async
 * generator on purpose: `return()` (the client unsubscribed) must close the watch at once, even while
 * `next()` is waiting for a change that may never come.
 */
export class EventStream implements AsyncIterableIterator<StreamItem> {
  private finished = false;

  constructor(
    private readonly watch: Watch,
    private readonly lease: AccessLease,
    private readonly options: EventStreamOptions = {},
  ) {}

  async next(): Promise<IteratorResult<StreamItem>> {
    if (this.finished) return { value: undefined, done: true };
    let result: IteratorResult<ChangeEvent>;
    try {
      result = await this.watch.next();
    } catch (error) {
      // The watch failed (e.g. its revision was compacted): the client hears why, then the stream ends.
      this.finish();
      return { value: { error: error as Error }, done: false };
    }
    const revoked = this.lease.revoked;
    if (revoked) {
      this.finish();
      return { value: { error: revoked }, done: false };
    }
    if (result.done) {
      this.finish();
      return { value: undefined, done: true };
    }
    // Only Secrets are copied: every other change stays the object all watchers share (shared execution).
    const change = result.value;
    const redacted = this.options.redactSecrets ? redactSecret(change.object) : change.object;
    const event = redacted === change.object ? change : { ...change, object: redacted };
    return { value: { event }, done: false };
  }

  return(): Promise<IteratorResult<StreamItem>> {
    this.finish();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<StreamItem> {
    return this;
  }

  private finish(): void {
    if (this.finished) return;
    this.finished = true;
    this.lease.release();
    this.watch.close();
  }
}
