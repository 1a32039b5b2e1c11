import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import type { Reconciler, ReconcileResult } from '@ksb/reconcile';
import { StoreService } from '@ksb/store';
import { SandboxesRepository } from '../sandboxes.repository';

/** Decides what a sandbox's TTL asks for now. */
export function expiryDecision(
  expiresAt: Date | null,
  phase: string,
  now: Date,
): 'expire' | 'none' | { waitMs: number } {
  if (!expiresAt || phase === 'Expired') return 'none';
  const remaining = expiresAt.getTime() - now.getTime();
  return remaining <= 0 ? 'expire' : { waitMs: remaining };
}

/**
 * Expires sandboxes at their TTL: their cluster is purged and their status says Expired; the record stays
 * until deleted. Keyed by sandbox id; resync lists sandboxes due before the next resync.
 */
@Injectable()
export class SandboxExpiryReconciler implements Reconciler {
  readonly name = 'sandbox-expiry';
  private readonly logger = new Logger(SandboxExpiryReconciler.name);

  constructor(
    private readonly sandboxes: SandboxesRepository,
    private readonly store: StoreService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reconcile(id: string): Promise<ReconcileResult> {
    const sandbox = await this.sandboxes.find(id);
    if (!sandbox) return {};
    const decision = expiryDecision(sandbox.expiresAt, sandbox.phase, new Date());
    if (decision === 'none') return {};
    if (decision === 'expire') {
      await this.store.purge(id);
      await this.sandboxes.setPhase(
        id,
        'Expired',
        `sandbox expired at ${sandbox.expiresAt?.toISOString()} (its TTL ended)`,
      );
      this.logger.log(`sandbox ${id} expired`);
      return {};
    }
    return { requeueAfterMs: decision.waitMs };
  }

  listKeys(): Promise<string[]> {
    return this.sandboxes.expiringBefore(new Date(Date.now() + this.config.RESYNC_INTERVAL_SECONDS * 1000));
  }
}
