import type { StatefulSetStatus } from 'kubernetes-types/apps/v1';
import { isAvailable, isRunningAndReady, isTerminating } from './pod-state';
import { podRevision, replicasOf } from './statefulset-identity';
import type { PodObject, RevisionObject, SetObject } from './statefulset-types';

// The status the controller reports (updateStatus, completeRollingUpdate, inconsistentStatus). kubectl rollout
// status reads observedGeneration, readyReplicas, updatedReplicas, currentRevision and updateRevision.

export interface StatusInput {
  set: SetObject;
  /** The set's members as read (existing pods only: a pod created in this pass has no phase yet). */
  pods: readonly PodObject[];
  current: RevisionObject;
  update: RevisionObject;
  collisionCount: number;
  minReadyMs: number;
  now: Date;
}

export function computeStatus(input: StatusInput): StatefulSetStatus {
  const { set, pods, minReadyMs, now } = input;
  const currentName = input.current.metadata.name ?? '';
  const updateName = input.update.metadata.name ?? '';
  let ready = 0;
  let available = 0;
  let current = 0;
  let updated = 0;
  for (const pod of pods) {
    if (isRunningAndReady(pod)) {
      ready++;
      if (isAvailable(pod, minReadyMs, now)) available++;
    }
    if (!isTerminating(pod)) {
      if (podRevision(pod) === currentName) current++;
      if (podRevision(pod) === updateName) updated++;
    }
  }
  const status = {
    observedGeneration: set.metadata.generation ?? 1,
    replicas: pods.length,
    readyReplicas: ready,
    currentReplicas: current,
    updatedReplicas: updated,
    currentRevision: currentName,
    updateRevision: updateName,
    collisionCount: input.collisionCount,
    availableReplicas: available,
  };
  // completeRollingUpdate: every wanted pod runs the update revision and is ready, so it becomes current.
  const wanted = replicasOf(set);
  if (
    set.spec?.updateStrategy?.type !== 'OnDelete' &&
    status.updatedReplicas === wanted &&
    status.readyReplicas === wanted &&
    status.replicas === wanted
  ) {
    status.currentReplicas = status.updatedReplicas;
    status.currentRevision = status.updateRevision;
  }
  return served(status);
}

/** As the API serves it: zero counts with omitempty are left out (replicas and availableReplicas are not). */
function served(status: Required<Omit<StatefulSetStatus, 'conditions'>>): StatefulSetStatus {
  const { readyReplicas, currentReplicas, updatedReplicas, ...rest } = status;
  return {
    observedGeneration: rest.observedGeneration,
    replicas: rest.replicas,
    ...(readyReplicas ? { readyReplicas } : {}),
    ...(currentReplicas ? { currentReplicas } : {}),
    ...(updatedReplicas ? { updatedReplicas } : {}),
    ...(rest.currentRevision ? { currentRevision: rest.currentRevision } : {}),
    ...(rest.updateRevision ? { updateRevision: rest.updateRevision } : {}),
    collisionCount: rest.collisionCount,
    availableReplicas: rest.availableReplicas,
  };
}

/** inconsistentStatus: whether the computed status differs from the set's in a field the controller owns. */
export function statusChanged(set: SetObject, next: StatefulSetStatus): boolean {
  const old = set.status ?? { replicas: 0 };
  return (
    (next.observedGeneration ?? 0) > (old.observedGeneration ?? 0) ||
    next.replicas !== old.replicas ||
    (next.currentReplicas ?? 0) !== (old.currentReplicas ?? 0) ||
    (next.readyReplicas ?? 0) !== (old.readyReplicas ?? 0) ||
    (next.updatedReplicas ?? 0) !== (old.updatedReplicas ?? 0) ||
    (next.currentRevision ?? '') !== (old.currentRevision ?? '') ||
    (next.availableReplicas ?? 0) !== (old.availableReplicas ?? 0) ||
    (next.updateRevision ?? '') !== (old.updateRevision ?? '') ||
    (next.collisionCount ?? 0) !== (old.collisionCount ?? 0)
  );
}
