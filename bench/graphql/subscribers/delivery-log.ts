/**
 * Every event received by every subscriber, in columns (subscriber, revision, receipt time): with 1,000
 * subscribers at 200 events/s that is 200,000 entries a second, which objects per entry would turn into
 * GC work in the very process whose receipt times are measured.
 */
export class DeliveryLog {
  length = 0;
  private subscribers = new Int32Array(1 << 16);
  private revisions = new Float64Array(1 << 16);
  private received = new Float64Array(1 << 16);

  push(subscriber: number, revision: number, receivedMs: number): void {
    if (this.length === this.subscribers.length) this.grow();
    this.subscribers[this.length] = subscriber;
    this.revisions[this.length] = revision;
    this.received[this.length] = receivedMs;
    this.length++;
  }

  subscriberAt(i: number): number {
    return this.subscribers[i];
  }

  revisionAt(i: number): number {
    return this.revisions[i];
  }

  receivedAt(i: number): number {
    return this.received[i];
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    const size = this.subscribers.length * 2;
    const subscribers = new Int32Array(size);
    const revisions = new Float64Array(size);
    const received = new Float64Array(size);
    subscribers.set(this.subscribers);
    revisions.set(this.revisions);
    received.set(this.received);
    this.subscribers = subscribers;
    this.revisions = revisions;
    this.received = received;
  }
}
