import type { SchedulingDecision } from '@ksb/scheduler';

export interface NodeVerdict {
  node: string;
  feasible: boolean;
  /** The filter plugin that rejected the node and its reasons (infeasible nodes). */
  plugin?: string;
  reasons?: readonly string[];
  /** Normalized per-plugin scores and the weighted total (feasible nodes). */
  scores?: Record<string, number>;
  total?: number;
  chosen: boolean;
}

export interface SchedulingExplanation {
  pod: { namespace: string; name: string; uid: string };
  node: string | null;
  message: string | null;
  decidedAt: string | null;
  /** Nodes the cycle filtered and how many passed (large clusters: only the best scores are listed). */
  evaluatedNodes: number;
  feasibleNodes: number;
  nodes: NodeVerdict[];
}

/** A decision as the platform API shows it: chosen node first, then feasible nodes by score, then the rest. */
export function explainDecision(decision: SchedulingDecision): SchedulingExplanation {
  const feasible: NodeVerdict[] = decision.scores.map((score) => ({
    node: score.node,
    feasible: true,
    scores: score.plugins,
    total: score.total,
    chosen: score.node === decision.nodeName,
  }));
  const rejected: NodeVerdict[] = Object.entries(decision.filters)
    .map(([node, verdict]) => ({
      node,
      feasible: false,
      plugin: verdict.plugin,
      reasons: verdict.reasons,
      chosen: false,
    }))
    .sort((a, b) => a.node.localeCompare(b.node));
  feasible.sort(
    (a, b) => Number(b.chosen) - Number(a.chosen) || (b.total ?? 0) - (a.total ?? 0) || a.node.localeCompare(b.node),
  );
  return {
    pod: { namespace: decision.namespace, name: decision.podName, uid: decision.podUid },
    node: decision.nodeName,
    message: decision.message,
    decidedAt: decision.decidedAt?.toISOString() ?? null,
    evaluatedNodes: decision.evaluatedNodes,
    feasibleNodes: decision.feasibleNodes,
    nodes: [...feasible, ...rejected],
  };
}
