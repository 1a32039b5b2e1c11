import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@ksb/database';

/** One scheduling decision as kept for explanations ("why did my pod land on node-2?"). */
export interface SchedulingDecision {
  podUid: string;
  namespace: string;
  podName: string;
  /** The chosen node; null when the pod could not be scheduled. */
  nodeName: string | null;
  /** The FailedScheduling message when unscheduled. */
  message: string | null;
  /** Nodes the cycle filtered (upstream stops once it found enough feasible ones) and how many passed. */
  evaluatedNodes: number;
  feasibleNodes: number;
  /** Rejected nodes: the failing filter plugin and its reasons (at most MAX_REJECTED_KEPT of them). */
  filters: Record<string, { plugin: string; reasons: readonly string[] }>;
  /** The best scored feasible nodes, chosen first: per-plugin normalized scores and the weighted total. */
  scores: Array<{ node: string; plugins: Record<string, number>; total: number }>;
  decidedAt?: Date;
}

/** The scheduler's latest decision per pod (scheduling_decisions). */
@Injectable()
export class SchedulingDecisionsRepository {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async saveMany(sandboxId: string, decisions: readonly SchedulingDecision[]): Promise<void> {
    if (decisions.length === 0) return;
    await this.pool.query(
      `INSERT INTO scheduling_decisions (sandbox_id, pod_uid, namespace, pod_name, node_name, message,
                                         evaluated_nodes, feasible_nodes, filters, scores)
       SELECT $1, d.pod_uid, d.namespace, d.pod_name, d.node_name, d.message, d.evaluated_nodes, d.feasible_nodes,
              d.filters, d.scores
         FROM jsonb_to_recordset($2::jsonb) AS d(pod_uid uuid, namespace text, pod_name text, node_name text,
                                                 message text, evaluated_nodes int, feasible_nodes int,
                                                 filters jsonb, scores jsonb)
       ON CONFLICT (sandbox_id, pod_uid) DO UPDATE SET node_name = EXCLUDED.node_name, message = EXCLUDED.message,
         evaluated_nodes = EXCLUDED.evaluated_nodes, feasible_nodes = EXCLUDED.feasible_nodes,
         filters = EXCLUDED.filters, scores = EXCLUDED.scores, decided_at = CURRENT_TIMESTAMP`,
      [
        sandboxId,
        JSON.stringify(
          decisions.map((d) => ({
            pod_uid: d.podUid,
            namespace: d.namespace,
            pod_name: d.podName,
            node_name: d.nodeName,
            message: d.message,
            evaluated_nodes: d.evaluatedNodes,
            feasible_nodes: d.feasibleNodes,
            filters: d.filters,
            scores: d.scores,
          })),
        ),
      ],
    );
  }

  /** The latest decision for the pod of that uid. */
  async find(sandboxId: string, podUid: string): Promise<SchedulingDecision | undefined> {
    const { rows } = await this.pool.query<{
      pod_uid: string;
      namespace: string;
      pod_name: string;
      node_name: string | null;
      message: string | null;
      evaluated_nodes: number;
      feasible_nodes: number;
      filters: SchedulingDecision['filters'];
      scores: SchedulingDecision['scores'];
      decided_at: Date;
    }>(`SELECT * FROM scheduling_decisions WHERE sandbox_id = $1 AND pod_uid = $2`, [sandboxId, podUid]);
    const row = rows[0];
    if (!row) return undefined;
    return {
      podUid: row.pod_uid,
      namespace: row.namespace,
      podName: row.pod_name,
      nodeName: row.node_name,
      message: row.message,
      evaluatedNodes: row.evaluated_nodes,
      feasibleNodes: row.feasible_nodes,
      filters: row.filters,
      scores: row.scores,
      decidedAt: row.decided_at,
    };
  }

  /** Drops decisions of pods that no longer exist (keeps the table to live pods). */
  async retain(sandboxId: string, liveUids: readonly string[]): Promise<void> {
    await this.pool.query(
      `DELETE FROM scheduling_decisions WHERE sandbox_id = $1 AND NOT (pod_uid = ANY($2::uuid[]))`,
      [sandboxId, liveUids],
    );
  }
}
