import type { DeploymentStatus } from 'kubernetes-types/apps/v1';
import { controllerRefOf } from '@ksb/controller-runtime';
import type { PodObject, RsObject } from '../replicaset/replicaset-sync';
import {
  calculateStatus,
  compactStatus,
  deploymentComplete,
  getCondition,
  hasProgressDeadline,
  hasRevisionHistoryLimit,
  newCondition,
  PROGRESSING,
  REASONS,
  rolloutStatus,
  setCondition,
  stuckRequeueMs,
} from './deployment-status';
import {
  activeReplicaSets,
  actualReplicas,
  availableReplicas,
  byCreation,
  byRevision,
  bySizeNewer,
  bySizeOlder,
  type DeployObject,
  desiredReplicasAnnotation,
  findActiveOrLatest,
  isRollingUpdate,
  isSaturated,
  maxSurge,
  maxUnavailable,
  newRSNewReplicas,
  proportion,
  replicasOf,
  specReplicas,
} from './rollout-math';
import {
  DEPRECATED_ROLLBACK_TO,
  MAX_REVISION_HISTORY_CHARS,
  maxRevision,
  REVISION,
  replicasAnnotationsNeedUpdate,
  setDeploymentRevision,
  setNewReplicaSetAnnotations,
  setReplicasAnnotations,
} from './revisions';
import { buildNewReplicaSet } from './new-replica-set';
import { equalIgnoreHash } from './template-hash';

export interface DeploymentEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

export interface DeploymentSyncInput {
  /** The Deployment as read. */
  deployment: DeployObject;
  /** The ReplicaSets it controls (after adoption and release), as read. */
  replicaSets: readonly RsObject[];
  /** Every ReplicaSet of its namespace, to tell a hash collision from its own ReplicaSet. */
  namespaceReplicaSets: readonly RsObject[];
  /** Pods its selector matches (for Recreate, which waits for old pods to stop). */
  pods: readonly PodObject[];
  now: Date;
  /** progressDeadlineSeconds in the sandbox's time. */
  deadlineMs: number;
  /** Checks a new ReplicaSet could be created (defaults, validation); throws with the reason it cannot. */
  validate?: (rs: RsObject) => void;
}

export interface DeploymentSyncResult {
  /** The Deployment with its new annotations and status. */
  deployment: DeployObject;
  /** Whether its annotations or status changed. */
  deploymentChanged: boolean;
  created: RsObject[];
  /** Existing ReplicaSets whose annotations or spec changed (spec changes bumped their generation). */
  updated: RsObject[];
  /** Old ReplicaSets beyond revisionHistoryLimit, to delete. */
  deleted: RsObject[];
  events: DeploymentEvent[];
  /** When to look again (progress deadline); undefined when nothing is pending. */
  requeueMs?: number;
  /** Why the sync stopped early (a failed create or a hash collision): retried with back-off. */
  error?: string;
}

/** Stops a sync the way an error return does upstream: what was written stays written. */
class Halt extends Error {
  constructor(
    message: string,
    /** Retry with back-off (a failed create); a collision is retried by the status write it makes. */
    readonly backoff: boolean,
  ) {
    super(message);
  }
}

const statusKey = (status: DeploymentStatus | undefined): string => JSON.stringify(compactStatus(status ?? {}));

/**
 * One syncDeployment of kube-controller-manager 1.32, on in-memory copies: the writes upstream makes
 * one API call at a time are collected (later steps see earlier ones) and committed together.
 */
export class DeploymentSync {
  private readonly d: DeployObject;
  private readonly rsList: RsObject[];
  private readonly created: RsObject[] = [];
  private readonly dirty = new Set<RsObject>();
  private readonly specChanged = new Set<RsObject>();
  private readonly deleted: RsObject[] = [];
  private readonly events: DeploymentEvent[] = [];
  private requeueMs: number | undefined;

  constructor(private readonly input: DeploymentSyncInput) {
    this.d = structuredClone(input.deployment);
    this.d.status = this.d.status ?? {};
    this.rsList = input.replicaSets.map((rs) => structuredClone(rs));
  }

  run(): DeploymentSyncResult {
    let error: string | undefined;
    try {
      this.syncDeployment();
    } catch (halt) {
      if (!(halt instanceof Halt)) throw halt;
      if (halt.backoff) error = halt.message;
    }
    const original = this.input.deployment;
    const deploymentChanged =
      JSON.stringify(original.metadata.annotations ?? {}) !== JSON.stringify(this.d.metadata.annotations ?? {}) ||
      statusKey(original.status) !== statusKey(this.d.status);
    this.d.status = compactStatus(this.d.status ?? {});
    return {
      deployment: this.d,
      deploymentChanged,
      created: this.created,
      updated: [...this.dirty].filter((rs) => !this.created.includes(rs)),
      deleted: this.deleted,
      events: this.events,
      requeueMs: this.requeueMs,
      error,
    };
  }

  private syncDeployment(): void {
    const d = this.d;
    if (d.metadata.deletionTimestamp) return this.syncStatusOnly();
    this.checkPausedConditions();
    if (d.spec?.paused) return this.sync();
    // kubectl 1.32 rolls back client-side; the deprecated rollbackTo annotation is only cleared.
    if (d.metadata.annotations?.[DEPRECATED_ROLLBACK_TO] !== undefined) {
      delete d.metadata.annotations[DEPRECATED_ROLLBACK_TO];
    }
    if (this.isScalingEvent()) return this.sync();
    if (isRollingUpdate(d)) return this.rolloutRolling();
    return this.rolloutRecreate();
  }

  // ---- sync.go ----

  private syncStatusOnly(): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS);
  }

  /** Scaling events and paused deployments: resize proportionally, no rollout progress. */
  private sync(): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    this.scale(newRS, oldRSs);
    if (this.d.spec?.paused) this.cleanupDeployment(oldRSs);
    this.syncDeploymentStatus([...oldRSs, newRS], newRS);
  }

  private checkPausedConditions(): void {
    const d = this.d;
    if (!hasProgressDeadline(d)) return;
    const status = d.status ?? {};
    const condition = getCondition(status, PROGRESSING);
    if (condition?.reason === REASONS.timedOut) return;
    const pausedExists = condition?.reason === REASONS.paused;
    if (d.spec?.paused && !pausedExists) {
      setCondition(
        status,
        newCondition(PROGRESSING, 'Unknown', REASONS.paused, 'Deployment is paused', this.input.now),
      );
    } else if (!d.spec?.paused && pausedExists) {
      setCondition(
        status,
        newCondition(PROGRESSING, 'Unknown', REASONS.resumed, 'Deployment is resumed', this.input.now),
      );
    }
  }

  /** FindNewReplicaSet: the oldest ReplicaSet whose template is the Deployment's. */
  private findNewReplicaSet(): RsObject | undefined {
    this.rsList.sort(byCreation);
    return this.rsList.find((rs) => equalIgnoreHash(rs.spec?.template, this.d.spec?.template));
  }

  private getAllReplicaSetsAndSyncRevision(create: boolean): { newRS?: RsObject; oldRSs: RsObject[] } {
    const found = this.findNewReplicaSet();
    const oldRSs = this.rsList.filter((rs) => rs !== found);
    const newRS = this.getNewReplicaSet(oldRSs, create);
    return { newRS, oldRSs };
  }

  private getNewReplicaSet(oldRSs: RsObject[], create: boolean): RsObject | undefined {
    const d = this.d;
    const status = d.status ?? {};
    const now = this.input.now;
    const existing = this.findNewReplicaSet();
    const newRevision = String(maxRevision(oldRSs) + 1);
    const replicas = { desired: replicasOf(d), max: replicasOf(d) + maxSurge(d) };
    if (existing) {
      const annotationsUpdated = setNewReplicaSetAnnotations(
        d,
        existing,
        newRevision,
        true,
        replicas,
        MAX_REVISION_HISTORY_CHARS,
      );
      const minReady = d.spec?.minReadySeconds ?? 0;
      const minReadyNeedsUpdate = (existing.spec?.minReadySeconds ?? 0) !== minReady;
      if (annotationsUpdated || minReadyNeedsUpdate) {
        if (minReadyNeedsUpdate) {
          existing.spec ??= { selector: {} };
          if (minReady) existing.spec.minReadySeconds = minReady;
          else delete existing.spec.minReadySeconds;
        }
        this.markDirty(existing, minReadyNeedsUpdate);
        // Upstream returns the updated ReplicaSet here; the Deployment's revision follows on the next pass.
        return existing;
      }
      setDeploymentRevision(d, existing.metadata.annotations?.[REVISION] ?? '');
      if (hasProgressDeadline(d) && !getCondition(status, PROGRESSING)) {
        const message = `Found new replica set ${JSON.stringify(existing.metadata.name)}`;
        setCondition(status, newCondition(PROGRESSING, 'True', REASONS.foundNewRS, message, now));
      }
      return existing;
    }
    if (!create) return undefined;

    const newRS = buildNewReplicaSet(d, oldRSs, newRevision, now);
    const name = newRS.metadata.name ?? '';
    const count = replicasOf(newRS);

    let result: RsObject = newRS;
    const taken = this.input.namespaceReplicaSets.find(
      (rs) => rs.metadata.name === name && rs.metadata.namespace === d.metadata.namespace,
    );
    if (taken) {
      const mine =
        controllerRefOf(taken)?.uid === d.metadata.uid && equalIgnoreHash(d.spec?.template, taken.spec?.template);
      if (!mine) {
        // A hash collision: another template has this name. A new collision count makes a new hash.
        status.collisionCount = (status.collisionCount ?? 0) + 1;
        throw new Halt(`replicasets.apps "${name}" already exists`, false);
      }
      result = this.rsList.find((rs) => rs.metadata.uid === taken.metadata.uid) ?? structuredClone(taken);
      if (!this.rsList.includes(result)) this.rsList.push(result);
    } else {
      try {
        this.input.validate?.(newRS);
      } catch (error) {
        const message = `Failed to create new replica set ${JSON.stringify(name)}: ${(error as Error).message}`;
        if (hasProgressDeadline(d)) {
          setCondition(status, newCondition(PROGRESSING, 'False', REASONS.failedRSCreate, message, now));
        }
        this.events.push({ type: 'Warning', reason: REASONS.failedRSCreate, message });
        throw new Halt(message, true);
      }
      this.created.push(newRS);
      this.rsList.push(newRS);
      if (count > 0) {
        this.events.push({
          type: 'Normal',
          reason: 'ScalingReplicaSet',
          message: `Scaled up replica set ${name} to ${count}`,
        });
      }
    }
    setDeploymentRevision(d, newRevision);
    if (!taken && hasProgressDeadline(d)) {
      const message = `Created new replica set ${JSON.stringify(name)}`;
      setCondition(status, newCondition(PROGRESSING, 'True', REASONS.newReplicaSet, message, now));
    }
    return result;
  }

  /** Proportional scaling of a scaling event (or a paused deployment) across the active ReplicaSets. */
  private scale(newRS: RsObject | undefined, oldRSs: RsObject[]): void {
    const d = this.d;
    const activeOrLatest = findActiveOrLatest(newRS, oldRSs);
    if (activeOrLatest) {
      if (replicasOf(activeOrLatest) !== replicasOf(d))
        this.scaleReplicaSetAndRecordEvent(activeOrLatest, replicasOf(d));
      return;
    }
    if (isSaturated(d, newRS)) {
      for (const old of activeReplicaSets(oldRSs)) this.scaleReplicaSetAndRecordEvent(old, 0);
      return;
    }
    if (!isRollingUpdate(d)) return;
    const allRSs = activeReplicaSets([...oldRSs, newRS]);
    const allowedSize = replicasOf(d) > 0 ? replicasOf(d) + maxSurge(d) : 0;
    const toAdd = allowedSize - specReplicas(allRSs);
    let operation = '';
    if (toAdd > 0) {
      allRSs.sort(bySizeNewer);
      operation = 'up';
    } else if (toAdd < 0) {
      allRSs.sort(bySizeOlder);
      operation = 'down';
    }
    let added = 0;
    const sizes = new Map<RsObject, number>();
    for (const rs of allRSs) {
      if (toAdd !== 0) {
        const share = proportion(rs, d, toAdd, added);
        sizes.set(rs, replicasOf(rs) + share);
        added += share;
      } else {
        sizes.set(rs, replicasOf(rs));
      }
    }
    allRSs.forEach((rs, i) => {
      // Leftovers go to the largest ReplicaSet.
      if (i === 0 && toAdd !== 0) sizes.set(rs, Math.max(0, (sizes.get(rs) ?? 0) + toAdd - added));
      this.scaleReplicaSet(rs, sizes.get(rs) ?? 0, operation);
    });
  }

  private scaleReplicaSetAndRecordEvent(rs: RsObject, newScale: number): boolean {
    if (replicasOf(rs) === newScale) return false;
    return this.scaleReplicaSet(rs, newScale, replicasOf(rs) < newScale ? 'up' : 'down');
  }

  /** Sets the size and the replica annotations; the event reports a size change. */
  private scaleReplicaSet(rs: RsObject, newScale: number, operation: string): boolean {
    const d = this.d;
    const desired = replicasOf(d);
    const max = desired + maxSurge(d);
    const sizeNeedsUpdate = replicasOf(rs) !== newScale;
    if (!sizeNeedsUpdate && !replicasAnnotationsNeedUpdate(rs, desired, max)) return false;
    const oldScale = replicasOf(rs);
    rs.spec = { ...(rs.spec ?? { selector: {} }), replicas: newScale };
    setReplicasAnnotations(rs, desired, max);
    this.markDirty(rs, sizeNeedsUpdate);
    if (!sizeNeedsUpdate) return false;
    this.events.push({
      type: 'Normal',
      reason: 'ScalingReplicaSet',
      message: `Scaled ${operation} replica set ${rs.metadata.name} to ${newScale} from ${oldScale}`,
    });
    return true;
  }

  /** Keeps revisionHistoryLimit old ReplicaSets; only drained, settled ones go, oldest revision first. */
  private cleanupDeployment(oldRSs: RsObject[]): void {
    const d = this.d;
    if (!hasRevisionHistoryLimit(d)) return;
    const cleanable = oldRSs.filter((rs) => !rs.metadata.deletionTimestamp).sort(byRevision);
    const diff = cleanable.length - (d.spec?.revisionHistoryLimit ?? 0);
    for (let i = 0; i < diff; i++) {
      const rs = cleanable[i];
      if (!rs) break;
      const generation = typeof rs.metadata.generation === 'number' ? rs.metadata.generation : 0;
      if (
        (rs.status?.replicas ?? 0) !== 0 ||
        replicasOf(rs) !== 0 ||
        generation > (rs.status?.observedGeneration ?? 0) ||
        rs.metadata.deletionTimestamp
      ) {
        continue;
      }
      this.deleted.push(rs);
    }
  }

  private syncDeploymentStatus(allRSs: (RsObject | undefined)[], newRS: RsObject | undefined): void {
    const next = calculateStatus(allRSs, newRS, this.d, this.input.now);
    if (statusKey(next) !== statusKey(this.d.status)) this.d.status = next;
  }

  /** isScalingEvent: an active ReplicaSet was sized for another replica count. */
  private isScalingEvent(): boolean {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    return activeReplicaSets([...oldRSs, newRS]).some((rs) => {
      const desired = desiredReplicasAnnotation(rs);
      return desired !== undefined && desired !== replicasOf(this.d);
    });
  }

  // ---- rolling.go ----

  private rolloutRolling(): void {
    const { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(true);
    if (!newRS) return;
    const allRSs = [...oldRSs, newRS];
    if (this.reconcileNewReplicaSet(allRSs, newRS)) return this.syncRolloutStatus(allRSs, newRS);
    if (this.reconcileOldReplicaSets(allRSs, activeReplicaSets(oldRSs), newRS)) {
      return this.syncRolloutStatus(allRSs, newRS);
    }
    if (deploymentComplete(this.d, this.d.status ?? {})) this.cleanupDeployment(oldRSs);
    this.syncRolloutStatus(allRSs, newRS);
  }

  private reconcileNewReplicaSet(allRSs: RsObject[], newRS: RsObject): boolean {
    const desired = replicasOf(this.d);
    if (replicasOf(newRS) === desired) return false;
    if (replicasOf(newRS) > desired) return this.scaleReplicaSetAndRecordEvent(newRS, desired);
    return this.scaleReplicaSetAndRecordEvent(newRS, newRSNewReplicas(this.d, allRSs, newRS));
  }

  /**
   * Scales old ReplicaSets down as far as availability allows: total pods minus the minimum available
   * minus the new ReplicaSet's unavailable pods; unhealthy old replicas go first.
   */
  private reconcileOldReplicaSets(allRSs: RsObject[], oldRSs: RsObject[], newRS: RsObject): boolean {
    if (specReplicas(oldRSs) === 0) return false;
    const minAvailable = replicasOf(this.d) - maxUnavailable(this.d);
    const newUnavailable = replicasOf(newRS) - (newRS.status?.availableReplicas ?? 0);
    const maxScaledDown = specReplicas(allRSs) - minAvailable - newUnavailable;
    if (maxScaledDown <= 0) return false;
    const cleaned = this.cleanupUnhealthyReplicas(oldRSs, maxScaledDown);
    const scaledDown = this.scaleDownOldReplicaSetsForRollingUpdate([...oldRSs, newRS], oldRSs);
    return cleaned + scaledDown > 0;
  }

  private cleanupUnhealthyReplicas(oldRSs: RsObject[], maxCleanup: number): number {
    oldRSs.sort(byCreation);
    let total = 0;
    for (const rs of oldRSs) {
      if (total >= maxCleanup) break;
      const replicas = replicasOf(rs);
      const available = rs.status?.availableReplicas ?? 0;
      if (replicas === 0 || replicas === available) continue;
      const count = Math.min(maxCleanup - total, replicas - available);
      this.scaleReplicaSetAndRecordEvent(rs, replicas - count);
      total += count;
    }
    return total;
  }

  private scaleDownOldReplicaSetsForRollingUpdate(allRSs: RsObject[], oldRSs: RsObject[]): number {
    const minAvailable = replicasOf(this.d) - maxUnavailable(this.d);
    const available = availableReplicas(allRSs);
    if (available <= minAvailable) return 0;
    oldRSs.sort(byCreation);
    const target = available - minAvailable;
    let total = 0;
    for (const rs of oldRSs) {
      if (total >= target) break;
      if (replicasOf(rs) === 0) continue;
      const count = Math.min(replicasOf(rs), target - total);
      this.scaleReplicaSetAndRecordEvent(rs, replicasOf(rs) - count);
      total += count;
    }
    return total;
  }

  // ---- recreate.go ----

  private rolloutRecreate(): void {
    let { newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(false);
    let allRSs: (RsObject | undefined)[] = [...oldRSs, newRS];
    let scaledDown = false;
    for (const rs of activeReplicaSets(oldRSs)) {
      if (replicasOf(rs) !== 0 && this.scaleReplicaSetAndRecordEvent(rs, 0)) scaledDown = true;
    }
    if (scaledDown || this.oldPodsRunning(newRS, oldRSs)) return this.syncRolloutStatus(allRSs, newRS);
    if (!newRS) {
      ({ newRS, oldRSs } = this.getAllReplicaSetsAndSyncRevision(true));
      allRSs = [...oldRSs, newRS];
    }
    if (newRS) this.scaleReplicaSetAndRecordEvent(newRS, replicasOf(this.d));
    if (deploymentComplete(this.d, this.d.status ?? {})) this.cleanupDeployment(oldRSs);
    this.syncRolloutStatus(allRSs, newRS);
  }

  /** oldPodsRunning: old ReplicaSets still report pods, or any of their pods is not finished. */
  private oldPodsRunning(newRS: RsObject | undefined, oldRSs: RsObject[]): boolean {
    if (actualReplicas(oldRSs) > 0) return true;
    const owners = new Set(this.rsList.map((rs) => rs.metadata.uid));
    return this.input.pods.some((pod) => {
      const owner = controllerRefOf(pod)?.uid;
      if (!owner || !owners.has(owner) || owner === newRS?.metadata.uid) return false;
      const phase = pod.status?.phase;
      return phase !== 'Failed' && phase !== 'Succeeded';
    });
  }

  // ---- progress.go ----

  private syncRolloutStatus(allRSs: (RsObject | undefined)[], newRS: RsObject | undefined): void {
    const { now, deadlineMs } = this.input;
    const next = rolloutStatus(allRSs, newRS, this.d, now, deadlineMs);
    if (statusKey(next) !== statusKey(this.d.status)) this.d.status = next;
    this.requeueMs = stuckRequeueMs(this.d, next, deadlineMs, now.getTime());
  }

  /** A ReplicaSet changed; a spec change is a new generation, as the API server counts them. */
  private markDirty(rs: RsObject, spec: boolean): void {
    this.dirty.add(rs);
    if (spec && !this.specChanged.has(rs) && !this.created.includes(rs)) {
      this.specChanged.add(rs);
      const generation = typeof rs.metadata.generation === 'number' ? rs.metadata.generation : 1;
      rs.metadata = { ...rs.metadata, generation: generation + 1 };
    }
  }
}

/** Convenience for callers and tests. */
export const syncDeployment = (input: DeploymentSyncInput): DeploymentSyncResult => new DeploymentSync(input).run();
