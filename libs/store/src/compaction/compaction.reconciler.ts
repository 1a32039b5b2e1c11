import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import type { Reconciler, ReconcileResult } from '@ksb/reconcile';
import { ChangesRepository } from '../changes/changes.repository';

/**
 * Keeps each sandbox's change log to its retention window (COMPACTION_WINDOW_SECONDS, and at least the
 * newest COMPACTION_MIN_REVISIONS). Keyed by sandbox id; resync finds sandboxes with something to remove,
 * so idle, already-compacted sandboxes cost nothing.
 */
@Injectable()
export class CompactionReconciler implements Reconciler {
  readonly name = 'compaction';

  constructor(
    private readonly changes: ChangesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async reconcile(sandboxId: string): Promise<ReconcileResult> {
    await this.changes.compact(sandboxId, this.config.COMPACTION_WINDOW_SECONDS, this.config.COMPACTION_MIN_REVISIONS);
    return {};
  }

  listKeys(): Promise<string[]> {
    return this.changes.compactable(
      this.config.COMPACTION_WINDOW_SECONDS,
      this.config.COMPACTION_MIN_REVISIONS,
      10_000,
    );
  }
}
