/** What a reconcile returns: nothing (done until the next change), or a time to look again. */
export interface ReconcileResult {
  requeueAfterMs?: number;
}

/**
 * A control loop, after controller-runtime's contract: a job carries only a key; `reconcile` re-reads
 * current state, acts idempotently, and returns "requeue after" or throws to back off. `listKeys` is the
 * periodic resync: every key that may need work, re-derived from the store, so a lost job heals.
 */
export interface Reconciler {
  readonly name: string;
  reconcile(key: string): Promise<ReconcileResult>;
  listKeys(): Promise<string[]>;
}
