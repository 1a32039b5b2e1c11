import type { CycleState } from './cycle';
import type { NodeInfo } from './node-info';
import { BALANCED_ALLOCATION, balancedAllocationScore } from './plugins/balanced-allocation';
import { leastAllocatedScore, NODE_RESOURCES_FIT_SCORE } from './plugins/least-allocated';
import { NODE_AFFINITY, nodeAffinityScore } from './plugins/node-affinity';
import { normalizeScores } from './normalize';
import { POD_TOPOLOGY_SPREAD } from './plugins/pod-topology-spread/constraints';
import { spreadNormalizeScores, spreadPreScore, spreadScore } from './plugins/pod-topology-spread/scoring';
import { TAINT_TOLERATION, taintTolerationScore } from './plugins/taint-toleration';
import type { SchedulingSnapshot } from './snapshot';

/** Per-plugin normalized scores (0..100) and their weighted total. */
export interface NodeScore {
  node: string;
  plugins: Record<string, number>;
  total: number;
}

// Default plugin weights of the v1 scheduler configuration: taints outweigh affinity and spreading, which
// outweigh resource balance.
export const SCORE_WEIGHTS: Readonly<Record<string, number>> = {
  [TAINT_TOLERATION]: 3,
  [NODE_AFFINITY]: 2,
  [NODE_RESOURCES_FIT_SCORE]: 1,
  [POD_TOPOLOGY_SPREAD]: 2,
  [BALANCED_ALLOCATION]: 1,
};

const WEIGHT_TAINT = SCORE_WEIGHTS[TAINT_TOLERATION];
const WEIGHT_AFFINITY = SCORE_WEIGHTS[NODE_AFFINITY];
const WEIGHT_FIT = SCORE_WEIGHTS[NODE_RESOURCES_FIT_SCORE];
const WEIGHT_SPREAD = SCORE_WEIGHTS[POD_TOPOLOGY_SPREAD];
const WEIGHT_BALANCED = SCORE_WEIGHTS[BALANCED_ALLOCATION];

/**
 * Normalized scores of the feasible nodes, one column per plugin, and the weighted totals. Columns are typed
 * arrays: number arrays switched between integer and float element kinds from cycle to cycle, and the
 * optimized scoring code kept deoptimizing on that.
 */
export interface ScoreTable {
  nodes: string[];
  taintToleration: Float64Array;
  nodeAffinity: Float64Array;
  nodeResourcesFit: Float64Array;
  /** Undefined when PodTopologySpread's PreScore skipped (a pod nothing spreads). */
  podTopologySpread: Float64Array | undefined;
  balancedAllocation: Float64Array;
  totals: Float64Array;
}

/**
 * RunScorePlugins over the feasible nodes: raw scores, each plugin's normalization (TaintToleration reversed:
 * fewer intolerable taints is better), then weights. One pass over the nodes collects every raw score.
 */
export function scoreTable(state: CycleState, feasible: readonly NodeInfo[], snapshot: SchedulingSnapshot): ScoreTable {
  const { pod } = state;
  const count = feasible.length;
  const spreadState = spreadPreScore(pod, feasible, snapshot.nodes, snapshot.workloads, snapshot.domainCounts);
  // Without preferred terms every raw NodeAffinity score is 0 (upstream's PreScore skips the plugin).
  const preferred = pod.spec?.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? [];
  const nodes: string[] = [];
  const taintRaw = new Float64Array(count);
  const affinityRaw = new Float64Array(count);
  const spreadRaw = new Float64Array(count);
  const nodeResourcesFit = new Float64Array(count);
  const balancedAllocation = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const info = feasible[i];
    nodes.push(info.name);
    taintRaw[i] = taintTolerationScore(pod, info);
    if (preferred.length > 0) affinityRaw[i] = nodeAffinityScore(pod, info);
    if (spreadState !== undefined) spreadRaw[i] = spreadScore(spreadState, pod, info);
    nodeResourcesFit[i] = leastAllocatedScore(state.nonZeroRequest, info);
    balancedAllocation[i] = balancedAllocationScore(state.request, info);
  }
  const taintToleration = normalizeScores(taintRaw, true);
  const nodeAffinity = normalizeScores(affinityRaw, false);
  const podTopologySpread =
    spreadState === undefined ? undefined : spreadNormalizeScores(spreadState, nodes, spreadRaw);
  const totals = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    totals[i] =
      taintToleration[i] * WEIGHT_TAINT +
      nodeAffinity[i] * WEIGHT_AFFINITY +
      nodeResourcesFit[i] * WEIGHT_FIT +
      (podTopologySpread === undefined ? 0 : podTopologySpread[i] * WEIGHT_SPREAD) +
      balancedAllocation[i] * WEIGHT_BALANCED;
  }
  return { nodes, taintToleration, nodeAffinity, nodeResourcesFit, podTopologySpread, balancedAllocation, totals };
}

/** The explanation per node: plugin scores in upstream's plugin order; a skipped plugin is left out. */
export function nodeScores(table: ScoreTable): NodeScore[] {
  const spread = table.podTopologySpread;
  return table.nodes.map((node, i) => {
    // Literals of one shape each with plain keys: computed keys made these dictionaries.
    const plugins: Record<string, number> =
      spread === undefined
        ? {
            TaintToleration: table.taintToleration[i],
            NodeAffinity: table.nodeAffinity[i],
            NodeResourcesFit: table.nodeResourcesFit[i],
            NodeResourcesBalancedAllocation: table.balancedAllocation[i],
          }
        : {
            TaintToleration: table.taintToleration[i],
            NodeAffinity: table.nodeAffinity[i],
            NodeResourcesFit: table.nodeResourcesFit[i],
            PodTopologySpread: spread[i],
            NodeResourcesBalancedAllocation: table.balancedAllocation[i],
          };
    return { node, plugins, total: table.totals[i] };
  });
}

export const scoreNodes = (
  state: CycleState,
  feasible: readonly NodeInfo[],
  snapshot: SchedulingSnapshot,
): NodeScore[] => nodeScores(scoreTable(state, feasible, snapshot));
