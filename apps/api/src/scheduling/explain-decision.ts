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
  nodes: NodeVerdict[];
}

/** A decision as the platform API shows it: chosen node first, then feasible nodes by score, then the rest. */
export function explainDecision(decision: SchedulingDecision): SchedulingExplanation {
  const scores = new Map(decision.scores.map((score) => [score.node, score]));
  const nodes: NodeVerdict[] = Object.entries(decision.filters).map(([node, verdict]) => {
    const score = scores.get(node);
    return verdict
      ? { node, feasible: false, plugin: verdict.plugin, reasons: verdict.reasons, chosen: false }
      : { node, feasible: true, scores: score?.plugins, total: score?.total, chosen: node === decision.nodeName };
  });
  const rank = (v: NodeVerdict) => (v.chosen ? 2 : v.feasible ? 1 : 0);
  nodes.sort((a, b) => rank(b) - rank(a) || (b.total ?? 0) - (a.total ?? 0) || a.node.localeCompare(b.node));
  return {
    pod: { namespace: decision.namespace, name: decision.podName, uid: decision.podUid },
    node: decision.nodeName,
    message: decision.message,
    decidedAt: decision.decidedAt?.toISOString() ?? null,
    nodes,
  };
}
