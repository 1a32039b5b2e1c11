import { ERR_NO_NODES_AVAILABLE, formatFitError } from './fit-error';
import { buildNodeInfo, podsOn, type NodeInfo } from './node-info';
import { BALANCED_ALLOCATION, balancedAllocationScore } from './plugins/balanced-allocation';
import { leastAllocatedScore, NODE_RESOURCES_FIT_SCORE } from './plugins/least-allocated';
import { NODE_AFFINITY, nodeAffinityFilter, nodeAffinityNormalize, nodeAffinityScore } from './plugins/node-affinity';
import { nodeNameFilter } from './plugins/node-name';
import { nodeResourcesFitFilter } from './plugins/node-resources-fit';
import { nodeUnschedulableFilter } from './plugins/node-unschedulable';
import {
  TAINT_TOLERATION,
  taintTolerationFilter,
  taintTolerationNormalize,
  taintTolerationScore,
} from './plugins/taint-toleration';
import { evaluatePreemption } from './preemption';
import { podRequests, type Resources } from './resources';
import { PASS, type FilterResult, type Node, type Pod, type PodsOnNodes } from './types';

/** Per-plugin normalized scores (0..100), the weighted total, and the weights used. */
export interface NodeScore {
  node: string;
  plugins: Record<string, number>;
  total: number;
}

export type ScheduleResult =
  | { scheduled: true; node: string; scores: NodeScore[]; filters: Record<string, FilterResult> }
  | {
      scheduled: false;
      /** The FailedScheduling event message and PodScheduled=False condition message. */
      message: string;
      filters: Record<string, FilterResult>;
      /** Nodes where preempting lower-priority pods would make room. */
      preemptionCandidates: string[];
    };

// Default plugin weights of the v1 scheduler configuration: taints and affinity outweigh resource balance.
export const SCORE_WEIGHTS: Readonly<Record<string, number>> = {
  [TAINT_TOLERATION]: 3,
  [NODE_AFFINITY]: 2,
  [NODE_RESOURCES_FIT_SCORE]: 1,
  [BALANCED_ALLOCATION]: 1,
};

// Upstream runs filters in this order and stops at the first failure, so each node reports one plugin.
function runFilters(pod: Pod, request: Resources, info: NodeInfo, options: ScheduleOptions): FilterResult {
  for (const filter of [nodeUnschedulableFilter, nodeNameFilter, taintTolerationFilter, nodeAffinityFilter]) {
    const result = filter(pod, info);
    if (!result.pass) return result;
  }
  const fit = nodeResourcesFitFilter(request, info, options.exceedsAllocatableIsUnresolvable);
  return fit.pass ? PASS : fit;
}

function scoreNodes(pod: Pod, infos: readonly NodeInfo[]): NodeScore[] {
  const request = podRequests(pod.spec);
  const nonZero = podRequests(pod.spec, true);
  const taints = taintTolerationNormalize(infos.map((info) => taintTolerationScore(pod, info)));
  const affinity = nodeAffinityNormalize(infos.map((info) => nodeAffinityScore(pod, info)));
  return infos.map((info, i) => {
    const plugins: Record<string, number> = {
      [TAINT_TOLERATION]: taints[i],
      [NODE_AFFINITY]: affinity[i],
      [NODE_RESOURCES_FIT_SCORE]: leastAllocatedScore(nonZero, info),
      [BALANCED_ALLOCATION]: balancedAllocationScore(request, info),
    };
    const total = Object.entries(plugins).reduce((sum, [name, score]) => sum + score * (SCORE_WEIGHTS[name] ?? 1), 0);
    return { node: info.name, plugins, total };
  });
}

export interface ScheduleOptions {
  /**
   * Upstream breaks ties between equally scored nodes at random (reservoir sampling); inject a source in
   * [0, 1) for that. Without one, the first best node in input order wins, which keeps tests repeatable.
   */
  random?: () => number;
  /** Upstream v1.34+ behaviour: a request beyond a node's allocatable makes preemption "not helpful" there. */
  exceedsAllocatableIsUnresolvable?: boolean;
}

function selectHost(scores: readonly NodeScore[], random: (() => number) | undefined): string {
  let best = scores[0];
  let ties = 1;
  for (const score of scores.slice(1)) {
    if (score.total > best.total) {
      best = score;
      ties = 1;
    } else if (score.total === best.total && random !== undefined) {
      ties += 1;
      if (Math.floor(random() * ties) === 0) best = score;
    }
  }
  return best.node;
}

/**
 * One scheduling cycle for `pod`: filter every node, score the feasible ones, pick the best. Scores are kept
 * even for a single feasible node (upstream skips scoring then) so every decision can be explained.
 */
export function schedule(
  pod: Pod,
  nodes: readonly Node[],
  podsOnNodes: PodsOnNodes,
  options: ScheduleOptions = {},
): ScheduleResult {
  const infos = nodes.map((node) => buildNodeInfo(node, podsOn(podsOnNodes, node.metadata?.name ?? '')));
  const request = podRequests(pod.spec);
  const results = new Map(infos.map((info) => [info.name, runFilters(pod, request, info, options)] as const));
  const filters = Object.fromEntries(results);
  const feasible = infos.filter((info) => results.get(info.name)?.pass === true);
  if (feasible.length > 0) {
    const scores = scoreNodes(pod, feasible);
    return { scheduled: true, node: selectHost(scores, options.random), scores, filters };
  }
  if (infos.length === 0)
    return { scheduled: false, message: ERR_NO_NODES_AVAILABLE, filters, preemptionCandidates: [] };
  const failures = [...results.values()].flatMap((r) => (r.pass ? [] : [r.reasons]));
  const preemption = evaluatePreemption(pod, infos, results, (info) => runFilters(pod, request, info, options));
  return {
    scheduled: false,
    message: formatFitError(infos.length, failures, preemption.message),
    filters,
    preemptionCandidates: preemption.candidates,
  };
}
