import type { NodeInfo } from '../../node-info';
import { MAX_NODE_SCORE } from '../../normalize';
import type { Pod } from '../../types';
import {
  LABEL_HOSTNAME,
  nodeHasTopologyKeys,
  includesEveryNode,
  nodeIncluded,
  podConstraints,
  topologyValue,
  type SpreadConstraint,
} from './constraints';
import type { WorkloadIndex } from './default-selector';
import { clusterDomainCounts, type DomainCountCache } from './domain-counts';
import { countPodsMatchSelector } from './pod-selector';

/** PreScore state of the soft (ScheduleAnyway) constraints. */
export interface SpreadScoreState {
  constraints: SpreadConstraint[];
  /** Feasible nodes lacking a topology key: scored 0. */
  ignored: Set<string>;
  /** Per constraint (hostname excepted, counted per node at Score): matching pods per topology value. */
  domainCounts: Map<string, number>[];
  /** log(domains + 2) per constraint, so counts in small topologies are not watered down by big ones. */
  weights: number[];
}

/**
 * PreScore: domains are those of the feasible nodes; pods are counted over every node in those domains.
 * Only explicit constraints require nodes to carry all topology keys, so the system defaults still spread
 * over hostnames on nodes without a zone label. Undefined (Skip) when the pod has no soft constraint.
 */
export function spreadPreScore(
  pod: Pod,
  feasible: readonly NodeInfo[],
  allNodes: readonly NodeInfo[],
  workloads: WorkloadIndex,
  cache: DomainCountCache = new Map(),
): SpreadScoreState | undefined {
  if (allNodes.length === 0) return undefined;
  const constraints = podConstraints(pod, 'ScheduleAnyway', workloads);
  if (constraints.length === 0) return undefined;
  const requireAll = (pod.spec?.topologySpreadConstraints ?? []).length > 0;
  const ignored = new Set<string>();
  const domainCounts = constraints.map(() => new Map<string, number>());
  for (const info of feasible) {
    if (requireAll && !nodeHasTopologyKeys(info.node, constraints)) {
      ignored.add(info.name);
      continue;
    }
    for (let i = 0; i < constraints.length; i++) {
      const key = constraints[i].topologyKey;
      if (key !== LABEL_HOSTNAME) domainCounts[i].set(topologyValue(info.node, key) ?? '', 0);
    }
  }
  const weights = constraints.map((c, i) =>
    Math.log((c.topologyKey === LABEL_HOSTNAME ? feasible.length - ignored.size : domainCounts[i].size) + 2),
  );
  // Per-domain counts over the whole cluster; hostname counts are taken per node at Score.
  const namespace = pod.metadata?.namespace ?? '';
  const requiredKeys = requireAll ? constraints.map((c) => c.topologyKey) : null;
  for (let i = 0; i < constraints.length; i++) {
    const constraint = constraints[i];
    if (constraint.topologyKey === LABEL_HOSTNAME || domainCounts[i].size === 0) continue;
    const counts = domainCounts[i];
    if (includesEveryNode(constraint, pod)) {
      const cluster = clusterDomainCounts(
        cache,
        allNodes,
        namespace,
        constraint.topologyKey,
        constraint.selector,
        requiredKeys,
      );
      for (const value of counts.keys()) counts.set(value, cluster.get(value) ?? 0);
      continue;
    }
    for (const info of allNodes) {
      if (info.pods.length === 0) continue;
      if (requireAll && !nodeHasTopologyKeys(info.node, constraints)) continue;
      if (!nodeIncluded(constraint, pod, info.node)) continue;
      const value = topologyValue(info.node, constraint.topologyKey) ?? '';
      const current = counts.get(value);
      if (current !== undefined)
        counts.set(value, current + countPodsMatchSelector(info.pods, constraint.selector, namespace));
    }
  }
  return { constraints, ignored, domainCounts, weights };
}

/** Score: per constraint, matching pods in the node's domain times the weight, plus maxSkew - 1 (rounded). */
export function spreadScore(state: SpreadScoreState, pod: Pod, info: NodeInfo): number {
  if (state.ignored.has(info.name)) return 0;
  const namespace = pod.metadata?.namespace ?? '';
  let score = 0;
  for (let i = 0; i < state.constraints.length; i++) {
    const c = state.constraints[i];
    const value = topologyValue(info.node, c.topologyKey);
    if (value === undefined) continue;
    const count =
      c.topologyKey === LABEL_HOSTNAME
        ? countPodsMatchSelector(info.pods, c.selector, namespace)
        : (state.domainCounts[i].get(value) ?? 0);
    score += count * state.weights[i] + (c.maxSkew - 1);
  }
  return Math.round(score);
}

/**
 * NormalizeScore: fewer matching pods is better. 100 * (max + min - score) / max with Go integer division;
 * ignored nodes get 0, and all-zero scores all get 100.
 */
export function spreadNormalizeScores(
  state: SpreadScoreState,
  names: readonly string[],
  scores: ArrayLike<number>,
): Float64Array {
  let min = Number.MAX_SAFE_INTEGER;
  let max = 0;
  for (let i = 0; i < scores.length; i++) {
    if (state.ignored.has(names[i])) continue;
    min = Math.min(min, scores[i]);
    max = Math.max(max, scores[i]);
  }
  const normalized = new Float64Array(scores.length);
  for (let i = 0; i < scores.length; i++) {
    if (state.ignored.has(names[i])) normalized[i] = 0;
    else normalized[i] = max === 0 ? MAX_NODE_SCORE : Math.trunc((MAX_NODE_SCORE * (max + min - scores[i])) / max);
  }
  return normalized;
}

export const spreadNormalize = (
  state: SpreadScoreState,
  names: readonly string[],
  scores: readonly number[],
): number[] => Array.from(spreadNormalizeScores(state, names, scores));
