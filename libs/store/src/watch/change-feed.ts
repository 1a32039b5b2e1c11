import type { ChangeEvent } from '../objects/kube-object';
import { revisionCompacted } from '../store.errors';
import type { Watch } from './watch';

/** What a feed needs from the database: the change log and the revision counter. */
export interface ChangeSource {
  read(range: {
    sandboxId: string;
    after: number;
    upTo?: number;
    resource?: string;
    namespace?: string;
  }): Promise<ChangeEvent[]>;
  revisionState(sandboxId: string): Promise<{ revision: number; compacted: number } | null>;
}

/**
 * The ordered change stream of one sandbox inside one process, shared by all its watchers there.
 * Live changes arrive from Redis in any order and possibly with holes (a lost publish, a dropped
 * subscription); the feed delivers revision after revision without a gap, reading the change log for
 * whatever the channel did not bring. All work runs on one promise chain, so delivery is never concurrent.
 */
export class ChangeFeed {
  private delivered = 0;
  private readonly watchers = new Set<Watch>();
  private chain: Promise<void>;
  private broken?: Error;

  constructor(
    readonly sandboxId: string,
    private readonly source: ChangeSource,
    subscribed: Promise<void>,
  ) {
    // Start from the counter only once the channel is subscribed, so nothing falls between the two.
    this.chain = subscribed
      .then(async () => {
        const state = await this.source.revisionState(sandboxId);
        this.delivered = state?.revision ?? 0;
      })
      .catch((error: Error) => {
        this.broken = error;
      });
  }

  /** A feed that could not start is unusable; the hub replaces it. */
  get failed(): boolean {
    return this.broken !== undefined;
  }

  get size(): number {
    return this.watchers.size;
  }

  get position(): number {
    return this.delivered;
  }

  /** Changes as published on the channel. */
  published(events: ChangeEvent[]): void {
    void this.run(() => this.advance(events));
  }

  /** The counter read by the poller; anything beyond what was delivered is read from the log. */
  polled(revision: number): void {
    void this.run(() => (revision > this.delivered ? this.fillTo(revision) : Promise.resolve()));
  }

  /** Adds a watcher that has seen everything up to `watch.position`, first replaying what it missed. */
  join(watch: Watch): Promise<void> {
    // A failed join (e.g. EXPIRED for a compacted revision) concerns that watcher only, not the feed.
    return this.runAlone(async () => {
      if (this.broken) throw this.broken;
      if (watch.position < this.delivered) {
        const state = await this.source.revisionState(this.sandboxId);
        if (state && watch.position < state.compacted) throw revisionCompacted(watch.position, state.compacted);
        const missed = await this.source.read({
          sandboxId: this.sandboxId,
          after: watch.position,
          upTo: this.delivered,
          resource: watch.filter.resource,
          namespace: watch.filter.namespace,
        });
        for (const event of missed) watch.offer(event);
        // Changes of other resources were skipped by the query; the watcher has still seen up to here.
        if (watch.position < this.delivered) watch.position = this.delivered;
      }
      if (!watch.isClosed) this.watchers.add(watch);
    });
  }

  /** Ends every watch (the sandbox is gone). */
  end(): void {
    for (const watch of [...this.watchers]) watch.close();
    this.watchers.clear();
  }

  leave(watch: Watch): void {
    this.watchers.delete(watch);
  }

  /** Runs on the chain like `run`, but its failure goes only to the caller. */
  private runAlone(task: () => Promise<void>): Promise<void> {
    const result = this.chain.then(task);
    this.chain = result.catch(() => undefined);
    return result;
  }

  private run(task: () => Promise<void>): Promise<void> {
    const result = this.chain.then(task);
    this.chain = result.catch((error: Error) => this.failAll(error));
    return result;
  }

  private async advance(events: ChangeEvent[]): Promise<void> {
    if (this.broken) return;
    for (const event of events) {
      if (event.revision <= this.delivered) continue;
      if (event.revision > this.delivered + 1) await this.fillTo(event.revision - 1);
      this.emit(event);
    }
  }

  private async fillTo(revision: number): Promise<void> {
    if (this.broken) return;
    while (this.delivered < revision) {
      const from = this.delivered;
      const missing = await this.source.read({ sandboxId: this.sandboxId, after: from, upTo: revision });
      for (const event of missing) this.emit(event);
      if (this.delivered === from) {
        // The log no longer has these revisions: compacted (or the sandbox is gone).
        const state = await this.source.revisionState(this.sandboxId);
        throw revisionCompacted(from, state?.compacted ?? from);
      }
    }
  }

  private emit(event: ChangeEvent): void {
    if (event.revision !== this.delivered + 1) {
      throw new Error(`change feed of ${this.sandboxId} out of order: ${event.revision} after ${this.delivered}`);
    }
    this.delivered = event.revision;
    for (const watch of this.watchers) watch.offer(event);
  }

  private failAll(error: Error): void {
    for (const watch of this.watchers) watch.fail(error);
    this.watchers.clear();
  }
}
