import type { Node, Pod, TopologySpreadConstraint } from '../../types';
import { findUntoleratedTaint } from '../../tolerations';
import { matchesRequiredNodeAffinity } from '../node-affinity';
import { defaultSelector, type WorkloadIndex } from './default-selector';
import { isEmptySelector, podSelectorFromObject, type PodSelector } from './pod-selector';

export const POD_TOPOLOGY_SPREAD = 'PodTopologySpread';
export const LABEL_HOSTNAME = 'kubernetes.io/hostname';
export const LABEL_ZONE = 'topology.kubernetes.io/zone';

export type SpreadAction = 'DoNotSchedule' | 'ScheduleAnyway';

/** topologySpreadConstraint: a constraint with its selector resolved and its policies defaulted. */
export interface SpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  selector: PodSelector;
  minDomains: number;
  nodeAffinityPolicy: string;
  nodeTaintsPolicy: string;
}

/** The system default constraints (defaultingType System): soft spreading over hosts and zones. */
export const SYSTEM_DEFAULT_CONSTRAINTS: readonly TopologySpreadConstraint[] = [
  { topologyKey: LABEL_HOSTNAME, whenUnsatisfiable: 'ScheduleAnyway', maxSkew: 3 },
  { topologyKey: LABEL_ZONE, whenUnsatisfiable: 'ScheduleAnyway', maxSkew: 5 },
];

// matchLabelKeys: the pod's own values for those keys are ANDed into the selector (nothing stays nothing).
function withMatchLabelKeys(selector: PodSelector, keys: readonly string[], pod: Pod): PodSelector {
  if (selector.requirements === null) return selector;
  const labels = pod.metadata?.labels ?? {};
  const extra = keys
    .filter((key) => Object.hasOwn(labels, key))
    .map((key) => ({ key, operator: 'In' as const, values: [labels[key]] }));
  return extra.length === 0 ? selector : { ...selector, requirements: [...extra, ...selector.requirements] };
}

/** filterTopologySpreadConstraints: the constraints of one action, selectors resolved, policies defaulted. */
export function filterConstraints(
  constraints: readonly TopologySpreadConstraint[],
  pod: Pod,
  action: SpreadAction,
): SpreadConstraint[] {
  return constraints
    .filter((c) => c.whenUnsatisfiable === action)
    .map((c) => ({
      maxSkew: c.maxSkew,
      topologyKey: c.topologyKey,
      selector: withMatchLabelKeys(podSelectorFromObject(c.labelSelector), c.matchLabelKeys ?? [], pod),
      minDomains: c.minDomains ?? 1,
      nodeAffinityPolicy: c.nodeAffinityPolicy ?? 'Honor',
      nodeTaintsPolicy: c.nodeTaintsPolicy ?? 'Ignore',
    }));
}

/**
 * The pod's constraints of one action: its own when it has any, otherwise the system defaults with
 * DefaultSelector (none when that selector is empty, e.g. a bare pod no Service selects).
 */
export function podConstraints(pod: Pod, action: SpreadAction, workloads: WorkloadIndex): SpreadConstraint[] {
  const own = pod.spec?.topologySpreadConstraints ?? [];
  if (own.length > 0) return filterConstraints(own, pod, action);
  const defaults = filterConstraints(SYSTEM_DEFAULT_CONSTRAINTS, pod, action);
  if (defaults.length === 0) return [];
  const selector = defaultSelector(pod, workloads);
  if (isEmptySelector(selector)) return [];
  return defaults.map((c) => ({ ...c, selector }));
}

/** nodeLabelsMatchSpreadConstraints: the node carries every constraint's topology key. */
export const nodeHasTopologyKeys = (node: Node, constraints: readonly SpreadConstraint[]): boolean => {
  const labels = node.metadata?.labels ?? {};
  return constraints.every((c) => Object.hasOwn(labels, c.topologyKey));
};

// A pod without nodeSelector or required node affinity matches every node: skip the per-node check.
const hasRequiredNodeAffinity = (pod: Pod): boolean =>
  pod.spec?.nodeSelector !== undefined ||
  pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution !== undefined;

/** Whether the inclusion policies admit every node for this pod, so counts need not be taken per pod. */
export const includesEveryNode = (constraint: SpreadConstraint, pod: Pod): boolean =>
  constraint.nodeTaintsPolicy !== 'Honor' &&
  (constraint.nodeAffinityPolicy !== 'Honor' || !hasRequiredNodeAffinity(pod));

/** matchNodeInclusionPolicies: whether the node counts as a domain of the constraint for this pod. */
export function nodeIncluded(constraint: SpreadConstraint, pod: Pod, node: Node): boolean {
  if (constraint.nodeAffinityPolicy === 'Honor' && hasRequiredNodeAffinity(pod)) {
    if (!matchesRequiredNodeAffinity(pod, node)) return false;
  }
  if (constraint.nodeTaintsPolicy === 'Honor') {
    const taints = node.spec?.taints ?? [];
    if (findUntoleratedTaint(taints, pod.spec?.tolerations ?? [], ['NoSchedule', 'NoExecute'])) return false;
  }
  return true;
}

export const topologyValue = (node: Node, key: string): string | undefined => {
  const labels = node.metadata?.labels ?? {};
  return Object.hasOwn(labels, key) ? labels[key] : undefined;
};
