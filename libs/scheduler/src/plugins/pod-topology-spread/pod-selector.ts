import { labelSelectorFromObject, matchesLabels, type LabelRequirement, type LabelSelector } from '@ksb/selectors';
import type { LabelSelectorObject, Pod } from '../../types';

/**
 * Which pods a spreading constraint counts. `requirements` null is labels.Nothing() (a constraint without a
 * labelSelector). `controllerUid` stands in for the selector of an owning workload the caller did not provide.
 */
export interface PodSelector {
  requirements: LabelSelector | null;
  controllerUid?: string;
}

export const NOTHING: PodSelector = { requirements: null };

/** metav1.LabelSelectorAsSelector: absent selects nothing, {} selects everything, invalid selects nothing. */
export function podSelectorFromObject(object: LabelSelectorObject | undefined): PodSelector {
  if (object === undefined) return NOTHING;
  try {
    return { requirements: labelSelectorFromObject(object) };
  } catch {
    // The API validates selectors; upstream would fail the cycle with an error on a bad one.
    return NOTHING;
  }
}

/** labels.SelectorFromSet: one equality requirement per label. */
export const requirementsFromSet = (labels: Readonly<Record<string, string>>): LabelRequirement[] =>
  Object.entries(labels).map(([key, value]) => ({ key, operator: 'In', values: [value] }));

/** selector.Empty(): no requirements at all (labels.Everything()). Such selectors count no pods. */
export const isEmptySelector = (selector: PodSelector): boolean =>
  selector.requirements !== null && selector.requirements.length === 0 && selector.controllerUid === undefined;

export function controllerUidOf(pod: Pod): string | undefined {
  const refs = pod.metadata?.ownerReferences;
  if (refs === undefined) return undefined;
  for (const ref of refs) if (ref.controller === true) return ref.uid;
  return undefined;
}

export function selectorMatches(selector: PodSelector, pod: Pod): boolean {
  if (selector.requirements === null) return false;
  if (selector.controllerUid !== undefined && controllerUidOf(pod) !== selector.controllerUid) return false;
  return selector.requirements.length === 0 || matchesLabels(selector.requirements, pod.metadata?.labels);
}

/**
 * countPodsMatchSelector: pods of the namespace matching the selector, skipping terminating ones (they are on
 * their way out). An empty selector counts nothing.
 */
export function countPodsMatchSelector(pods: readonly Pod[], selector: PodSelector, namespace: string): number {
  if (isEmptySelector(selector) || selector.requirements === null) return 0;
  let count = 0;
  for (const pod of pods) {
    if (pod.metadata?.deletionTimestamp !== undefined || (pod.metadata?.namespace ?? '') !== namespace) continue;
    if (selectorMatches(selector, pod)) count += 1;
  }
  return count;
}
