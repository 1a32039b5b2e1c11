import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import type { Reconciler, ReconcileResult } from '@ksb/reconcile';
import { ObjectsRepository } from '../objects/objects.repository';
import type { WriteOp } from '../objects/write-op';
import { StoreService } from '../store.service';

const BATCH = 500;

/**
 * Events expire EVENT_TTL_SECONDS after they were last seen (the API server's --event-ttl, 1 h), deleted
 * through the store so watchers see them go. Keyed by sandbox; resync lists sandboxes with expired events.
 */
@Injectable()
export class EventTtlReconciler implements Reconciler {
  readonly name = 'event-ttl';

  constructor(
    private readonly objects: ObjectsRepository,
    private readonly store: StoreService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reconcile(sandboxId: string): Promise<ReconcileResult> {
    const expired = await this.objects.expiredEvents(sandboxId, this.cutoff(), BATCH);
    if (expired.length === 0) return {};
    const ops: WriteOp[] = expired.map((key) => ({ op: 'delete', ...key }));
    await this.store.commit(sandboxId, ops);
    return expired.length === BATCH ? { requeueAfterMs: 0 } : {};
  }

  listKeys(): Promise<string[]> {
    return this.objects.sandboxesWithExpiredEvents(this.cutoff(), 10_000);
  }

  private cutoff(): Date {
    return new Date(Date.now() - this.config.EVENT_TTL_SECONDS * 1000);
  }
}
