import { matchesFields, matchesLabels, type FieldSelector, type LabelSelector } from '@ksb/selectors';
import type { DomainError } from '@ksb/errors';
import { indexedFields } from '../fields/field-index';
import type { ChangeEvent } from '../objects/kube-object';

export interface WatchFilter {
  resource?: string;
  /** Undefined watches every namespace. */
  namespace?: string;
  labelSelector?: LabelSelector;
  fieldSelector?: FieldSelector;
}

/** A watcher that falls this far behind is closed (as the API server drops slow watchers); it re-lists. */
const MAX_BUFFERED = 10_000;

export function matchesFilter(filter: WatchFilter, event: ChangeEvent): boolean {
  if (filter.resource !== undefined && event.resource !== filter.resource) return false;
  if (filter.namespace !== undefined && event.namespace !== filter.namespace) return false;
  if (filter.labelSelector?.length && !matchesLabels(filter.labelSelector, event.object.metadata.labels)) return false;
  if (filter.fieldSelector?.length) {
    const fields = {
      'metadata.name': event.name,
      'metadata.namespace': event.namespace,
      ...indexedFields(event.resource, event.object),
    };
    if (!matchesFields(filter.fieldSelector, fields)) return false;
  }
  return true;
}

/**
 * One watcher's stream of changes, in revision order. Iterate it with `for await`; the loop ends when the
 * watch is closed, and throws the error the watch was failed with (e.g. EXPIRED after compaction).
 */
export class Watch implements AsyncIterable<ChangeEvent> {
  /** Every change up to and including this revision has been offered to the watcher. */
  position: number;
  private readonly buffer: ChangeEvent[] = [];
  private wake?: () => void;
  private closed = false;
  private failure?: DomainError | Error;
  private readonly closeHandlers: Array<() => void> = [];

  constructor(
    readonly sandboxId: string,
    fromRevision: number,
    readonly filter: WatchFilter,
  ) {
    this.position = fromRevision;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Offers a change; ones at or below the position were already seen and are dropped. */
  offer(event: ChangeEvent): void {
    if (this.closed || event.revision <= this.position) return;
    this.position = event.revision;
    if (!matchesFilter(this.filter, event)) return;
    this.buffer.push(event);
    if (this.buffer.length > MAX_BUFFERED) {
      this.fail(new Error('watch closed: the client fell too far behind'));
      return;
    }
    this.wake?.();
  }

  fail(error: DomainError | Error): void {
    if (this.closed) return;
    this.failure = error;
    this.close();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.wake?.();
    for (const handler of this.closeHandlers.splice(0)) handler();
  }

  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  async next(): Promise<IteratorResult<ChangeEvent>> {
    for (;;) {
      const event = this.buffer.shift();
      if (event) return { value: event, done: false };
      if (this.closed) {
        if (this.failure) throw this.failure;
        return { value: undefined, done: true };
      }
      await new Promise<void>((resolve) => (this.wake = resolve));
      this.wake = undefined;
    }
  }

  [Symbol.asyncIterator](): AsyncIterator<ChangeEvent> {
    return {
      next: () => this.next(),
      return: () => {
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
    };
  }
}
