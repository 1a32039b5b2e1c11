import type { StatefulSetStatus } from 'kubernetes-types/apps/v1';
import { claimIsStale, claimOwnersUpToDate, initialOwners, withPolicyOwners } from './claim-retention';
import {
  availableAt,
  isAvailable,
  isFinished,
  isHealthy,
  isPending,
  isRunningAndReady,
  isTerminating,
} from './pod-state';
import {
  claimsFor,
  identityMatches,
  newMemberPod,
  ordinalOf,
  podRevision,
  replicasOf,
  setName,
  startOrdinal,
  storageMatches,
  withIdentity,
} from './statefulset-identity';
import { resolveRevisions, revisionsToDelete, templateOf } from './statefulset-revisions';
import { computeStatus, statusChanged } from './statefulset-status';
import type { ClaimObject, PodObject, RevisionObject, SetObject } from './statefulset-types';

// One StatefulSet's sync (stateful_set_control.go updateStatefulSet), as a plan of writes: create missing members
// and their claims in ordinal order, replace finished ones, scale down from the highest ordinal, roll updates from
// the highest ordinal down to the partition; OrderedReady waits for each step to be Running and Ready, Parallel
// does not.

export interface SetInput {
  set: SetObject;
  /** The set's pods (controlled, after adoption). */
  members: readonly PodObject[];
  /** Claims of the set's namespace by name. */
  claims: ReadonlyMap<string, ClaimObject>;
  /** The set's ControllerRevisions (controlled, after adoption). */
  revisions: readonly RevisionObject[];
  /** Every ControllerRevision of the namespace by name (name collisions). */
  revisionsByName: ReadonlyMap<string, RevisionObject>;
  now: Date;
  /** spec.minReadySeconds in the sandbox's time. */
  minReadyMs: number;
}

export interface SetEvent {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
}

export interface SetPlan {
  createRevision?: RevisionObject;
  /** A rollback's renumbered revision. */
  updateRevisions: RevisionObject[];
  deleteRevisions: RevisionObject[];
  createClaims: ClaimObject[];
  updateClaims: Map<string, ClaimObject>;
  createPods: PodObject[];
  /** Label fixes of existing members, by name. */
  updatePods: Map<string, PodObject>;
  deletePods: PodObject[];
  /** In the order upstream records them, about the set. */
  events: SetEvent[];
  /** The new status, when it changed. */
  status?: StatefulSetStatus;
  requeueAfterMs?: number;
}

const title = (verb: string): string => verb.charAt(0).toUpperCase() + verb.slice(1);

const aggregate = (errors: readonly string[]): string => (errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`);

export function planStatefulSet(input: SetInput): SetPlan {
  return new SetSync(input).run();
}

class SetSync {
  private readonly plan: SetPlan = {
    updateRevisions: [],
    deleteRevisions: [],
    createClaims: [],
    updateClaims: new Map(),
    createPods: [],
    updatePods: new Map(),
    deletePods: [],
    events: [],
  };
  private readonly set: SetObject;
  private readonly monotonic: boolean;
  /** Members this sync creates (no phase yet). */
  private readonly planned = new Set<PodObject>();
  private wakeAt: number | undefined;

  constructor(private readonly input: SetInput) {
    this.set = input.set;
    this.monotonic = input.set.spec?.podManagementPolicy !== 'Parallel';
  }

  run(): SetPlan {
    const { set, plan, input } = this;
    const revisions = resolveRevisions(set, input.revisions, input.revisionsByName);
    if (revisions.create) plan.createRevision = revisions.create;
    if (revisions.renumber) plan.updateRevisions.push(revisions.renumber);
    const members = input.members.filter((pod) => ordinalOf(pod) >= 0);
    if (!set.metadata.deletionTimestamp) this.sync(revisions.current, revisions.update, members);

    const status = computeStatus({
      set,
      pods: members,
      current: revisions.current,
      update: revisions.update,
      collisionCount: revisions.collisionCount,
      minReadyMs: input.minReadyMs,
      now: input.now,
    });
    if (statusChanged(set, status)) plan.status = status;
    for (const pod of members) {
      if (!isAvailable(pod, input.minReadyMs, input.now)) this.wakeWhenAvailable(pod);
    }
    plan.deleteRevisions = revisionsToDelete(set, members, input.revisions, revisions.current, revisions.update);
    if (this.wakeAt !== undefined) plan.requeueAfterMs = Math.max(0, this.wakeAt - input.now.getTime());
    return plan;
  }

  private sync(current: RevisionObject, update: RevisionObject, members: readonly PodObject[]): void {
    const { set } = this;
    const start = startOrdinal(set);
    const count = replicasOf(set);
    const replicas: Array<PodObject | undefined> = new Array<PodObject | undefined>(count).fill(undefined);
    const condemned: PodObject[] = [];
    for (const pod of members) {
      const ordinal = ordinalOf(pod);
      if (ordinal >= start && ordinal < start + count) replicas[ordinal - start] = pod;
      else condemned.push(pod);
    }
    const slots = replicas.map((pod, index) => pod ?? this.versionedPod(current, update, start + index));
    condemned.sort((a, b) => ordinalOf(b) - ordinalOf(a));
    const firstUnhealthy =
      slots.find((pod) => this.planned.has(pod) || !isHealthy(pod)) ??
      [...condemned].reverse().find((pod) => !isHealthy(pod));

    // Replicas in ordinal order; in OrderedReady mode the first one that is not done stops the sync.
    let failed = false;
    for (const pod of slots) {
      const outcome = this.processReplica(pod);
      if (outcome === 'failed') failed = true;
      if (outcome !== 'continue' && this.monotonic) return;
    }
    if (failed) return;

    for (const pod of condemned) this.fixClaimOwners(pod);
    for (const pod of condemned) {
      if (this.processCondemned(pod, firstUnhealthy) && this.monotonic) return;
    }
    if (set.spec?.updateStrategy?.type === 'OnDelete') return;
    this.rollingUpdate(slots, update);
  }

  /** newVersionedStatefulSetPod: ordinals below the partition get the current revision, the rest the update. */
  private versionedPod(current: RevisionObject, update: RevisionObject, ordinal: number): PodObject {
    const { set } = this;
    const strategy = set.spec?.updateStrategy;
    const rollingUpdate = strategy?.rollingUpdate;
    const start = startOrdinal(set);
    const useCurrent =
      (strategy?.type === 'RollingUpdate' && !rollingUpdate && ordinal < start + (set.status?.currentReplicas ?? 0)) ||
      (rollingUpdate !== undefined && rollingUpdate !== null && ordinal < start + (rollingUpdate.partition ?? 0));
    const revision = useCurrent ? current : update;
    const pod = newMemberPod(set, templateOf(revision), ordinal, revision.metadata.name ?? '');
    this.planned.add(pod);
    return pod;
  }

  /** 'continue' when this replica does not hold back the next one, 'wait' when it does, 'failed' on an error. */
  private processReplica(pod: PodObject): 'continue' | 'wait' | 'failed' {
    const { input } = this;
    if (this.planned.has(pod)) return this.createMember(pod);
    if (isFinished(pod)) {
      // A pod that ran to completion (or was evicted) is deleted; the next sync recreates it under the same name.
      if (!isTerminating(pod)) this.deletePod(pod);
      return 'wait';
    }
    if (isPending(pod)) {
      const errors = this.createClaims(pod, true);
      if (errors.length) return 'failed';
    }
    if (this.monotonic) {
      if (isTerminating(pod) || !isRunningAndReady(pod)) return 'wait';
      if (!isAvailable(pod, input.minReadyMs, input.now)) {
        this.wakeWhenAvailable(pod);
        return 'wait';
      }
    }
    const retentionMatch = this.claimsOf(pod).every((claim) => claimOwnersUpToDate(claim, this.set, pod));
    if (identityMatches(this.set, pod) && storageMatches(this.set, pod) && retentionMatch) return 'continue';
    this.updateMember(pod);
    return 'continue';
  }

  /** CreateStatefulPod: the member's claims first, then the pod. */
  private createMember(pod: PodObject): 'continue' | 'wait' | 'failed' {
    const { set, input } = this;
    const ordinal = ordinalOf(pod);
    const name = pod.metadata.name ?? '';
    if (
      claimsFor(set, ordinal).some(({ claim }) => claimIsStale(set, input.claims.get(claim.metadata.name ?? ''), name))
    ) {
      return 'wait';
    }
    const errors = this.createClaims(pod, false);
    if (errors.length) {
      this.podEvent('create', pod, aggregate(errors));
      return 'failed';
    }
    this.plan.createPods.push(pod);
    this.podEvent('create', pod);
    return this.monotonic ? 'wait' : 'continue';
  }

  /** createPersistentVolumeClaims: missing claims are created; one being deleted is an error. */
  private createClaims(pod: PodObject, podExists: boolean): string[] {
    const { set, input, plan } = this;
    const errors: string[] = [];
    for (const { claim } of claimsFor(set, ordinalOf(pod))) {
      const name = claim.metadata.name ?? '';
      const found = input.claims.get(name);
      if (found) {
        if (found.metadata.deletionTimestamp) errors.push(`pvc ${name} is being deleted`);
        continue;
      }
      if (plan.createClaims.some((created) => created.metadata.name === name)) continue;
      const owners = initialOwners(set);
      const fresh: ClaimObject = owners.length
        ? { ...claim, metadata: { ...claim.metadata, ownerReferences: owners } }
        : claim;
      plan.createClaims.push(podExists ? withPolicyOwners(claim, set, pod) : fresh);
      plan.events.push({
        type: 'Normal',
        reason: 'SuccessfulCreate',
        message: `create Claim ${name} Pod ${pod.metadata.name ?? ''} in StatefulSet ${setName(set)} success`,
      });
    }
    return errors;
  }

  /** The member's existing claims. */
  private claimsOf(pod: PodObject): ClaimObject[] {
    return claimsFor(this.set, ordinalOf(pod))
      .map(({ claim }) => this.input.claims.get(claim.metadata.name ?? ''))
      .filter((claim): claim is ClaimObject => claim !== undefined);
  }

  /** UpdatePodClaimForRetentionPolicy. */
  private fixClaimOwners(pod: PodObject): boolean {
    let changed = false;
    for (const claim of this.claimsOf(pod)) {
      if (claimOwnersUpToDate(claim, this.set, pod)) continue;
      this.plan.updateClaims.set(claim.metadata.name ?? '', withPolicyOwners(claim, this.set, pod));
      changed = true;
    }
    return changed;
  }

  /**
   * UpdateStatefulPod: restores the member's identity labels and its claims' owners. (Volumes of a running pod
   * cannot change: missing claims are created, the pod is left as it is.)
   */
  private updateMember(pod: PodObject): void {
    const { set, plan } = this;
    let dirty = false;
    if (!identityMatches(set, pod)) {
      plan.updatePods.set(pod.metadata.name ?? '', withIdentity(set, pod));
      dirty = true;
    }
    if (!storageMatches(set, pod)) this.createClaims(pod, true);
    if (this.fixClaimOwners(pod)) dirty = true;
    if (dirty) this.podEvent('update', pod);
  }

  /** processCondemned: true when the sync must stop here (in OrderedReady mode). */
  private processCondemned(pod: PodObject, firstUnhealthy: PodObject | undefined): boolean {
    const { input } = this;
    if (isTerminating(pod)) return true;
    if (this.monotonic && pod !== firstUnhealthy) {
      if (!isRunningAndReady(pod)) return true;
      if (!isAvailable(pod, input.minReadyMs, input.now)) {
        this.wakeWhenAvailable(pod);
        return true;
      }
    }
    this.deletePod(pod);
    return true;
  }

  /** The pod with the highest ordinal not at the update revision goes first, one at a time, down to the partition. */
  private rollingUpdate(slots: readonly PodObject[], update: RevisionObject): void {
    const rollingUpdate = this.set.spec?.updateStrategy?.rollingUpdate;
    const updateMin = rollingUpdate?.partition ?? 0;
    for (let target = slots.length - 1; target >= updateMin; target--) {
      const pod = slots[target];
      if (this.planned.has(pod)) return;
      if (podRevision(pod) !== update.metadata.name && !isTerminating(pod)) {
        this.deletePod(pod);
        return;
      }
      if (!isHealthy(pod)) return;
    }
  }

  private deletePod(pod: PodObject): void {
    this.plan.deletePods.push(pod);
    this.podEvent('delete', pod);
  }

  private podEvent(verb: 'create' | 'update' | 'delete', pod: PodObject, error?: string): void {
    const name = pod.metadata.name ?? '';
    const set = setName(this.set);
    this.plan.events.push(
      error === undefined
        ? {
            type: 'Normal',
            reason: `Successful${title(verb)}`,
            message: `${verb} Pod ${name} in StatefulSet ${set} successful`,
          }
        : {
            type: 'Warning',
            reason: `Failed${title(verb)}`,
            message: `${verb} Pod ${name} in StatefulSet ${set} failed error: ${error}`,
          },
    );
  }

  private wakeWhenAvailable(pod: PodObject): void {
    const at = availableAt(pod, this.input.minReadyMs);
    if (at === undefined || !Number.isFinite(at) || at <= this.input.now.getTime()) return;
    this.wakeAt = this.wakeAt === undefined ? at : Math.min(this.wakeAt, at);
  }
}
