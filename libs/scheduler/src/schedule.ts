import { runFilters, runPreFilters, type CycleState } from './cycle';
import { ERR_NO_NODES_AVAILABLE, formatFitError } from './fit-error';
import type { NodeInfo } from './node-info';
import { numFeasibleNodesToFind } from './nodes-to-find';
import { NODE_AFFINITY } from './plugins/node-affinity';
import { findPodVolumes } from './plugins/volume-binding';
import { evaluatePreemption } from './preemption';
import { nodeScores, scoreTable, type NodeScore, type ScoreTable } from './scoring';
import { createSnapshot, type SchedulingSnapshot } from './snapshot';
import { PASS, type FilterResult, type Node, type Pod, type PodsOnNodes } from './types';

/** Claims to bind on the chosen node, by name in the pod's namespace: what upstream's PreBind writes. */
export interface VolumeBindingPlan {
  /** Static bindings: set the PV's claimRef (see bindVolumeToClaim). */
  bindings: { claim: string; volume: string }[];
  /** Dynamic provisioning: annotate the claim with the node (see selectNodeForClaim). */
  provisions: string[];
}

export type ScheduleResult =
  | {
      scheduled: true;
      node: string;
      /** Per feasible node, in search order. Like `filters`, built on first read (a getter). */
      scores: NodeScore[];
      /** The verdict of every node this cycle filtered (nodes past the feasible quota were not looked at). */
      filters: Record<string, FilterResult>;
      /** Nodes filtered and nodes found feasible (upstream's EvaluatedNodes and FeasibleNodes). */
      evaluatedNodes: number;
      feasibleNodes: number;
      /** Present when the pod has claims waiting for a node (WaitForFirstConsumer). */
      volumeBinding?: VolumeBindingPlan;
    }
  | {
      scheduled: false;
      /** The FailedScheduling event message and PodScheduled=False condition message. */
      message: string;
      filters: Record<string, FilterResult>;
      /** Nodes where preempting lower-priority pods would make room. */
      preemptionCandidates: string[];
    };

export interface ScheduleOptions {
  /**
   * Upstream breaks ties between equally scored nodes at random (reservoir sampling); inject a source in
   * [0, 1) for that. Without one, the first best node in search order wins, which keeps tests repeatable.
   */
  random?: () => number;
  /** Upstream v1.34+ behaviour: a request beyond a node's allocatable makes preemption "not helpful" there. */
  exceedsAllocatableIsUnresolvable?: boolean;
  /** KubeSchedulerConfiguration percentageOfNodesToScore; 0 or unset is the adaptive default. */
  percentageOfNodesToScore?: number;
}

// selectHost: the highest total; ties go to a uniformly random one (reservoir sampling) when given a source.
function selectHost(table: ScoreTable, random: (() => number) | undefined): string {
  let best = 0;
  let ties = 1;
  for (let i = 1; i < table.totals.length; i++) {
    if (table.totals[i] > table.totals[best]) {
      best = i;
      ties = 1;
    } else if (table.totals[i] === table.totals[best] && random !== undefined) {
      ties += 1;
      if (Math.floor(random() * ties) === 0) best = i;
    }
  }
  return table.nodes[best];
}

// Nodes a PreFilterResult left out get this status (findNodesThatFitPod's SetAbsentNodesStatus).
const absentStatus = (plugin: string): FilterResult => ({
  pass: false,
  plugin,
  reasons: [`node(s) didn't satisfy plugin(s) [${plugin}]`],
  unresolvable: true,
});

/**
 * The FitError: the PreFilter message or the per-node reason histogram, then what DefaultPreemption's dry run
 * found. After a PreFilter rejection every node is unresolvable, so the filters are never re-run.
 */
function unschedulable(
  pod: Pod,
  state: CycleState | undefined,
  snapshot: SchedulingSnapshot,
  results: Map<string, FilterResult>,
  preFilterMessage: string,
): ScheduleResult {
  const all = snapshot.nodes;
  const rerun = (info: NodeInfo): FilterResult =>
    state === undefined ? (results.get(info.name) ?? PASS) : runFilters(state, info, snapshot);
  const preemption = evaluatePreemption(pod, all, results, rerun);
  const failures = preFilterMessage === '' ? [...results.values()].flatMap((r) => (r.pass ? [] : [r.reasons])) : [];
  return {
    scheduled: false,
    message: formatFitError(all.length, failures, preemption.message, preFilterMessage),
    filters: Object.fromEntries(results),
    preemptionCandidates: preemption.candidates,
  };
}

function volumePlan(state: CycleState, info: NodeInfo, snapshot: SchedulingSnapshot): VolumeBindingPlan | undefined {
  if (state.volumes === undefined || state.volumes.delayed.length === 0) return undefined;
  const { decision } = findPodVolumes(state.volumes, info.node, snapshot.volumes);
  return {
    bindings: decision.bindings.map(({ claim, volume }) => ({
      claim: claim.metadata?.name ?? '',
      volume: volume.metadata?.name ?? '',
    })),
    provisions: decision.provisions.map((claim) => claim.metadata?.name ?? ''),
  };
}

/**
 * One scheduling cycle (schedulePod) for `pod` against the snapshot: PreFilter, then filter nodes from the
 * round-robin start until enough feasible ones are found (percentageOfNodesToScore), score those, pick the
 * best. Scores are kept even for a single feasible node (upstream skips scoring then) so every decision can be
 * explained. The snapshot is not changed except for its start index; call assume() to place the pod.
 */
export function scheduleOne(pod: Pod, snapshot: SchedulingSnapshot, options: ScheduleOptions = {}): ScheduleResult {
  const all = snapshot.nodes;
  if (all.length === 0)
    return { scheduled: false, message: ERR_NO_NODES_AVAILABLE, filters: {}, preemptionCandidates: [] };
  const prefilter = runPreFilters(pod, snapshot, options.exceedsAllocatableIsUnresolvable === true);
  if (prefilter.rejected) {
    const results = new Map(all.map((info) => [info.name, prefilter.status as FilterResult] as const));
    return unschedulable(pod, undefined, snapshot, results, prefilter.status.reasons.join(', '));
  }
  const { state } = prefilter;
  const nodeNames = state.nodeNames;
  const nodes = nodeNames === undefined ? all : all.filter((info) => nodeNames.has(info.name));
  const toFind = numFeasibleNodesToFind(nodes.length, options.percentageOfNodesToScore);
  const evaluatedNames: string[] = [];
  const verdicts: FilterResult[] = [];
  const feasible: NodeInfo[] = [];
  const start = snapshot.nextStartNodeIndex;
  for (let i = 0; i < nodes.length && feasible.length < toFind; i++) {
    const info = nodes[(start + i) % nodes.length];
    const result = runFilters(state, info, snapshot);
    evaluatedNames.push(info.name);
    verdicts.push(result);
    if (result.pass) feasible.push(info);
  }
  const evaluated = evaluatedNames.length;
  snapshot.nextStartNodeIndex = (start + evaluated) % all.length;
  if (feasible.length === 0) {
    const results = new Map(evaluatedNames.map((name, i) => [name, verdicts[i]] as const));
    if (nodeNames !== undefined) {
      for (const info of all) if (!results.has(info.name)) results.set(info.name, absentStatus(NODE_AFFINITY));
    }
    return unschedulable(pod, state, snapshot, results, '');
  }
  const table = scoreTable(state, feasible, snapshot);
  const node = selectHost(table, options.random);
  const chosen = feasible.find((info) => info.name === node) ?? feasible[0];
  const plan = volumePlan(state, chosen, snapshot);
  let filters: Record<string, FilterResult> | undefined;
  let scores: NodeScore[] | undefined;
  // The explanations are built on first read: hundreds of per-node objects per cycle cost more than filtering
  // and scoring themselves, and a batch run may not read them for every pod it placed.
  return {
    scheduled: true,
    node,
    get scores() {
      scores ??= nodeScores(table);
      return scores;
    },
    get filters() {
      filters ??= Object.fromEntries(evaluatedNames.map((name, i) => [name, verdicts[i]] as const));
      return filters;
    },
    evaluatedNodes: evaluated,
    feasibleNodes: feasible.length,
    ...(plan === undefined ? {} : { volumeBinding: plan }),
  };
}

/** One-off scheduling of a pod against nodes and the pods bound to them (a fresh snapshot every call). */
export function schedule(
  pod: Pod,
  nodes: readonly Node[],
  podsOnNodes: PodsOnNodes,
  options: ScheduleOptions = {},
): ScheduleResult {
  return scheduleOne(pod, createSnapshot({ nodes, podsOnNodes }), options);
}
