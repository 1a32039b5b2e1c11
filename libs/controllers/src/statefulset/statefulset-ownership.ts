import { adopt, controllerRefOf, release } from '@ksb/controller-runtime';
import { labelSelectorFromObject, type LabelSelector, matchesLabels, SelectorError } from '@ksb/selectors';
import { isMemberOf } from './statefulset-identity';
import type { PodObject, RevisionObject, SetObject } from './statefulset-types';

// Which pods and revisions belong to a set (ClaimPods with the isMemberOf filter, ListControllerRevisions and
// AdoptOrphanRevisions): the ones it controls, plus matching orphans it adopts; members that stopped matching
// are released.

/** The set's selector, or undefined when it is missing, empty or invalid (such a set manages nothing). */
export function selectorOf(set: SetObject): LabelSelector | undefined {
  const selector = set.spec?.selector;
  if (!selector || (!selector.matchLabels && !selector.matchExpressions)) return undefined;
  try {
    const parsed = labelSelectorFromObject(selector);
    return parsed.length ? parsed : undefined;
  } catch (error) {
    if (error instanceof SelectorError) return undefined;
    throw error;
  }
}

export interface ClaimedPods {
  /** The set's members after adoption and release. */
  members: PodObject[];
  adopted: PodObject[];
  released: PodObject[];
}

export function claimPods(set: SetObject, selector: LabelSelector, pods: readonly PodObject[]): ClaimedPods {
  const result: ClaimedPods = { members: [], adopted: [], released: [] };
  const adopting = !set.metadata.deletionTimestamp;
  for (const pod of pods) {
    if (pod.metadata.namespace !== set.metadata.namespace) continue;
    const matches = matchesLabels(selector, pod.metadata.labels) && isMemberOf(set, pod);
    const ref = controllerRefOf(pod);
    if (ref) {
      if (ref.uid !== set.metadata.uid) continue;
      if (matches) result.members.push(pod);
      else if (!pod.metadata.deletionTimestamp) result.released.push(release(pod, set));
      continue;
    }
    if (!matches || !adopting || pod.metadata.deletionTimestamp) continue;
    const adopted = adopt(pod, set);
    result.adopted.push(adopted);
    result.members.push(adopted);
  }
  return result;
}

export interface ClaimedRevisions {
  owned: RevisionObject[];
  adopted: RevisionObject[];
}

export function claimRevisions(
  set: SetObject,
  selector: LabelSelector,
  revisions: readonly RevisionObject[],
): ClaimedRevisions {
  const result: ClaimedRevisions = { owned: [], adopted: [] };
  for (const revision of revisions) {
    if (revision.metadata.namespace !== set.metadata.namespace) continue;
    if (!matchesLabels(selector, revision.metadata.labels)) continue;
    const ref = controllerRefOf(revision);
    if (ref) {
      if (ref.uid === set.metadata.uid) result.owned.push(revision);
      continue;
    }
    if (set.metadata.deletionTimestamp) continue;
    const adopted = adopt(revision, set);
    result.adopted.push(adopted);
    result.owned.push(adopted);
  }
  return result;
}
