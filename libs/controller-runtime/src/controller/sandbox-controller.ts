import { Inject, Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import type { Reconciler, ReconcileResult } from '@ksb/reconcile';
import { StoreService } from '@ksb/store';
import { CLOCK, type Clock } from '../clock/clock';
import type { TimingProfile } from '../timing/timing-profile';
import { ResyncWatermarks } from './resync-watermarks';
import { SandboxProfilesRepository } from './sandbox-profiles.repository';

/** What one reconcile of a sandbox knows besides the store: its timing and the time now. */
export interface SandboxContext {
  sandboxId: string;
  profile: TimingProfile;
  now: Date;
}

/** What every sandbox controller uses: the store, the clock and the sandboxes' timing profiles. */
@Injectable()
export class ControllerDeps {
  constructor(
    readonly store: StoreService,
    @Inject(CLOCK) readonly clock: Clock,
    readonly profiles: SandboxProfilesRepository,
    readonly watermarks: ResyncWatermarks,
  ) {}
}

/**
 * A control loop whose key is a sandbox id. Sandboxes are small clusters, so one reconcile re-reads the
 * objects it manages across the whole sandbox and writes its decisions in one commit: bursts of changes
 * (a 100-replica rollout) coalesce into a few runs, and a key is never reconciled twice at once.
 * `triggers` are the resources whose changes enqueue the sandbox (routed at commit time); resync visits
 * the sandboxes holding `resyncResources` (default: the triggers) whose store changed since the previous
 * resync, so idle sandboxes cost nothing.
 */
export abstract class SandboxController implements Reconciler {
  abstract readonly name: string;
  abstract readonly triggers: readonly string[];
  protected readonly logger = new Logger(this.constructor.name);

  constructor(protected readonly deps: ControllerDeps) {}

  get resyncResources(): readonly string[] {
    return this.triggers;
  }

  protected abstract reconcileSandbox(context: SandboxContext): Promise<ReconcileResult>;

  async reconcile(sandboxId: string): Promise<ReconcileResult> {
    const profile = await this.deps.profiles.find(sandboxId);
    if (!profile) return {};
    try {
      return await this.reconcileSandbox({ sandboxId, profile, now: this.deps.clock.now() });
    } catch (error) {
      if (error instanceof DomainError) {
        // Someone wrote in between: the next run reads fresh state (as a work queue's immediate requeue).
        if (error.code === 'CONFLICT' || error.code === 'ALREADY_EXISTS') return { requeueAfterMs: 0 };
        // The sandbox was purged (expired, deleted, reset) while we ran.
        if (error.code === 'NOT_FOUND' && !(await this.deps.profiles.find(sandboxId))) return {};
      }
      throw error;
    }
  }

  /** Resync: the candidates whose store changed since the last resync (see ResyncWatermarks). */
  async listKeys(): Promise<string[]> {
    return this.deps.watermarks.changed(this.name, await this.resyncCandidates());
  }

  /** Sandboxes that may need this loop (default: those holding `resyncResources`). */
  protected resyncCandidates(): Promise<string[]> {
    return this.deps.store.sandboxesWith(this.resyncResources);
  }
}

/** The earliest of several "look again in" delays; undefined when none asks for one. */
export function earliest(...delays: Array<number | undefined>): number | undefined {
  const set = delays.filter((d): d is number => d !== undefined);
  return set.length ? Math.max(0, Math.min(...set)) : undefined;
}

/** A reconcile result from an optional delay. */
export const requeueAfter = (delayMs: number | undefined): ReconcileResult =>
  delayMs === undefined ? {} : { requeueAfterMs: Math.ceil(delayMs) };
