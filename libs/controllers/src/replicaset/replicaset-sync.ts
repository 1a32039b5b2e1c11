import type { ReplicaSet } from 'kubernetes-types/apps/v1';
import type { Pod } from 'kubernetes-types/core/v1';
import type { LabelSelector as KubeLabelSelector } from 'kubernetes-types/meta/v1';
import { controllerRefOf } from '@ksb/controller-runtime';
import { labelSelectorFromObject, type LabelSelector, matchesLabels, SelectorError } from '@ksb/selectors';
import type { KubeObject } from '@ksb/store';
import { claimOf } from './claim';
import { podsToDelete } from './pod-deletion-rank';
import { availableFrom, isPodActive } from './pod-state';

export type RsObject = ReplicaSet & KubeObject;
export type PodObject = Pod & KubeObject;

/** Upstream's burstReplicas: at most this many creations or deletions per sync. */
export const BURST_REPLICAS = 500;

/** What one sync of a ReplicaSet decides about its pods. */
export interface ReplicaSetPlan {
  /** Orphans it adopts (to update with its controller reference). */
  adopt: PodObject[];
  /** Pods it controls that its selector no longer matches (to update without its reference). */
  release: PodObject[];
  /** Its active pods after adoption and release: what the status counts. */
  owned: PodObject[];
  /** How many pods to create from the template. */
  create: number;
  /** Which pods to delete, first-to-go first. */
  delete: PodObject[];
}

/** A workload's selector, undefined when it is invalid (such a workload matches nothing). */
export function selectorOf(rs: { spec?: { selector?: KubeLabelSelector } }): LabelSelector | undefined {
  try {
    return labelSelectorFromObject(rs.spec?.selector ?? {});
  } catch (error) {
    if (error instanceof SelectorError) return undefined;
    throw error;
  }
}

const inNamespace = (pods: readonly PodObject[], namespace: string | undefined) =>
  pods.filter((pod) => pod.metadata.namespace === namespace);

/**
 * getIndirectlyRelatedPods: the pods every ReplicaSet with the same controller (a Deployment's old and
 * new ReplicaSets) selects, each once. A ReplicaSet without a controller has none.
 */
export function relatedPods(rs: RsObject, replicaSets: readonly RsObject[], pods: readonly PodObject[]): PodObject[] {
  const ref = controllerRefOf(rs);
  if (!ref) return [];
  const seen = new Set<string>();
  const related: PodObject[] = [];
  for (const sibling of replicaSets) {
    if (controllerRefOf(sibling)?.uid !== ref.uid || sibling.metadata.namespace !== rs.metadata.namespace) continue;
    const selector = selectorOf(sibling);
    if (!selector) continue;
    for (const pod of inNamespace(pods, rs.metadata.namespace)) {
      const uid = pod.metadata.uid ?? '';
      if (seen.has(uid) || !matchesLabels(selector, pod.metadata.labels)) continue;
      seen.add(uid);
      related.push(pod);
    }
  }
  return related;
}

/**
 * syncReplicaSet's decisions: claim the namespace's active pods by selector, then create the missing or
 * pick the surplus to delete (none while the ReplicaSet is being deleted). Undefined for an invalid selector.
 */
export function planReplicaSet(
  rs: RsObject,
  pods: readonly PodObject[],
  related: readonly PodObject[],
  nowMs: number,
): ReplicaSetPlan | undefined {
  const selector = selectorOf(rs);
  if (!selector) return undefined;
  const plan: ReplicaSetPlan = { adopt: [], release: [], owned: [], create: 0, delete: [] };
  for (const pod of inNamespace(pods, rs.metadata.namespace).filter(isPodActive)) {
    switch (claimOf(rs, pod, matchesLabels(selector, pod.metadata.labels))) {
      case 'owned':
        plan.owned.push(pod);
        break;
      case 'adopt':
        plan.adopt.push(pod);
        plan.owned.push(pod);
        break;
      case 'release':
        plan.release.push(pod);
        break;
      case 'ignore':
        break;
    }
  }
  if (rs.metadata.deletionTimestamp) return plan;
  const diff = plan.owned.length - (rs.spec?.replicas ?? 1);
  if (diff < 0) plan.create = Math.min(-diff, BURST_REPLICAS);
  if (diff > 0) plan.delete = podsToDelete(plan.owned, related, Math.min(diff, BURST_REPLICAS), nowMs) as PodObject[];
  return plan;
}

/**
 * When the next owned pod becomes available (ready for minReadySeconds), for a requeue then; undefined
 * when none is waiting for that.
 */
export function nextAvailableAt(
  rs: ReplicaSet,
  owned: readonly Pod[],
  minReadyMs: number,
  nowMs: number,
): number | undefined {
  const minReadySeconds = rs.spec?.minReadySeconds ?? 0;
  if (minReadySeconds <= 0) return undefined;
  const pending = owned
    .map((pod) => availableFrom(pod, minReadySeconds, minReadyMs))
    .filter((at): at is number => at !== undefined && at > nowMs);
  return pending.length ? Math.min(...pending) : undefined;
}
