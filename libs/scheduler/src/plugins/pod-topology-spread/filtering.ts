import type { NodeInfo } from '../../node-info';
import { PASS, type FilterResult, type Pod } from '../../types';
import {
  nodeHasTopologyKeys,
  nodeIncluded,
  podConstraints,
  POD_TOPOLOGY_SPREAD,
  topologyValue,
  type SpreadConstraint,
} from './constraints';
import type { WorkloadIndex } from './default-selector';
import { countPodsMatchSelector, selectorMatches } from './pod-selector';

export const ERR_CONSTRAINTS_NOT_MATCH = "node(s) didn't match pod topology spread constraints";
export const ERR_NODE_LABEL_NOT_MATCH = `${ERR_CONSTRAINTS_NOT_MATCH} (missing required label)`;

/** PreFilter state of the hard (DoNotSchedule) constraints. */
export interface SpreadFilterState {
  constraints: SpreadConstraint[];
  /** Per constraint: matching pods per topology value, over every eligible node of the cluster. */
  domainCounts: Map<string, number>[];
  /** Per constraint: the global minimum the skew is measured from. */
  minMatch: number[];
  /** Each counted node's pods and per-constraint counts, so preemption's dry run can subtract victims. */
  nodeCounts: Map<string, { pods: readonly Pod[]; counts: number[] }>;
}

/**
 * calPreFilterState: counts the pods matching each constraint per domain over all nodes that carry every
 * topology key and that the node inclusion policies admit. Undefined when the pod has no hard constraint.
 */
export function spreadPreFilter(
  pod: Pod,
  allNodes: readonly NodeInfo[],
  workloads: WorkloadIndex,
): SpreadFilterState | undefined {
  const constraints = podConstraints(pod, 'DoNotSchedule', workloads);
  if (constraints.length === 0) return undefined;
  const namespace = pod.metadata?.namespace ?? '';
  const domainCounts = constraints.map(() => new Map<string, number>());
  const nodeCounts = new Map<string, { pods: readonly Pod[]; counts: number[] }>();
  for (const info of allNodes) {
    if (!nodeHasTopologyKeys(info.node, constraints)) continue;
    const counts = constraints.map((c, i) => {
      if (!nodeIncluded(c, pod, info.node)) return 0;
      const value = topologyValue(info.node, c.topologyKey) ?? '';
      const count = countPodsMatchSelector(info.pods, c.selector, namespace);
      domainCounts[i].set(value, (domainCounts[i].get(value) ?? 0) + count);
      return count;
    });
    nodeCounts.set(info.name, { pods: info.pods, counts });
  }
  // minMatchNum: with fewer eligible domains than minDomains the global minimum is taken as 0.
  const minMatch = constraints.map((c, i) =>
    domainCounts[i].size < c.minDomains ? 0 : Math.min(...domainCounts[i].values()),
  );
  return { constraints, domainCounts, minMatch, nodeCounts };
}

/**
 * The Filter: placing the pod on this node must keep each constraint's skew (matching pods in the node's
 * domain, plus the pod itself if it matches, minus the global minimum) within maxSkew. A node missing a
 * topology key can never qualify; a skew violation may be fixed by preemption.
 */
export function spreadFilter(state: SpreadFilterState | undefined, pod: Pod, info: NodeInfo): FilterResult {
  if (state === undefined) return PASS;
  const namespace = pod.metadata?.namespace ?? '';
  const own = state.nodeCounts.get(info.name);
  for (let i = 0; i < state.constraints.length; i++) {
    const constraint = state.constraints[i];
    const value = topologyValue(info.node, constraint.topologyKey);
    if (value === undefined) {
      return { pass: false, plugin: POD_TOPOLOGY_SPREAD, reasons: [ERR_NODE_LABEL_NOT_MATCH], unresolvable: true };
    }
    let matchNum = state.domainCounts[i].get(value) ?? 0;
    // A NodeInfo other than the one counted is preemption's copy without victims (upstream's RemovePod).
    if (own !== undefined && own.pods !== info.pods && own.counts[i] > 0) {
      matchNum += countPodsMatchSelector(info.pods, constraint.selector, namespace) - own.counts[i];
    }
    const self = selectorMatches(constraint.selector, pod) ? 1 : 0;
    if (matchNum + self - state.minMatch[i] > constraint.maxSkew) {
      return { pass: false, plugin: POD_TOPOLOGY_SPREAD, reasons: [ERR_CONSTRAINTS_NOT_MATCH], unresolvable: false };
    }
  }
  return PASS;
}
