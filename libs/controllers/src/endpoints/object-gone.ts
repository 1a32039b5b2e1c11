import { DomainError } from '@ksb/errors';
import type { ReconcileResult } from '@ksb/reconcile';

/**
 * An object a commit expected was removed meanwhile (by the garbage collector, the namespace controller
 * or a kubelet): like a conflict, the next run reads fresh state. A purged sandbox is not this case.
 */
export function objectGone(error: unknown): boolean {
  return error instanceof DomainError && error.code === 'NOT_FOUND' && !error.message.startsWith('sandbox ');
}

/** Runs a reconcile, turning "an object went meanwhile" into an immediate requeue. */
export async function requeueIfGone(run: () => Promise<ReconcileResult>): Promise<ReconcileResult> {
  try {
    return await run();
  } catch (error) {
    if (objectGone(error)) return { requeueAfterMs: 0 };
    throw error;
  }
}
