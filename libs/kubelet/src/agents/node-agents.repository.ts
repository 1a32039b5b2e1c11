import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@ksb/database';

export interface NodeAgentState {
  nodeName: string;
  stoppedAt: Date | null;
  nextPodIp: number;
}

/** The simulated nodes' private state (node_agents): fault status and pod IP cursors. */
@Injectable()
export class NodeAgentsRepository {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Nodes with a recorded state; a node without a row is running with its cursor at the start. */
  async states(sandboxId: string): Promise<Map<string, NodeAgentState>> {
    const { rows } = await this.pool.query<{ node_name: string; stopped_at: Date | null; next_pod_ip: number }>(
      `SELECT node_name, stopped_at, next_pod_ip FROM node_agents WHERE sandbox_id = $1`,
      [sandboxId],
    );
    return new Map(
      rows.map((row) => [
        row.node_name,
        { nodeName: row.node_name, stoppedAt: row.stopped_at, nextPodIp: row.next_pod_ip },
      ]),
    );
  }

  async saveCursors(sandboxId: string, cursors: ReadonlyMap<string, number>): Promise<void> {
    if (cursors.size === 0) return;
    await this.pool.query(
      `INSERT INTO node_agents (sandbox_id, node_name, next_pod_ip)
       SELECT $1, n, c FROM unnest($2::text[], $3::int[]) AS t(n, c)
       ON CONFLICT (sandbox_id, node_name) DO UPDATE SET next_pod_ip = EXCLUDED.next_pod_ip`,
      [sandboxId, [...cursors.keys()], [...cursors.values()]],
    );
  }

  /** Stops the node's agent (idempotent: the first stop time stays). */
  async stop(sandboxId: string, nodeName: string, at: Date): Promise<void> {
    await this.pool.query(
      `INSERT INTO node_agents (sandbox_id, node_name, stopped_at) VALUES ($1, $2, $3)
       ON CONFLICT (sandbox_id, node_name) DO UPDATE SET stopped_at = COALESCE(node_agents.stopped_at, EXCLUDED.stopped_at)`,
      [sandboxId, nodeName, at],
    );
  }

  async restore(sandboxId: string, nodeName: string): Promise<void> {
    await this.pool.query(`UPDATE node_agents SET stopped_at = NULL WHERE sandbox_id = $1 AND node_name = $2`, [
      sandboxId,
      nodeName,
    ]);
  }

  /** Sandboxes with a stopped node (what the node lifecycle controller resyncs). */
  async sandboxesWithStoppedNodes(): Promise<string[]> {
    const { rows } = await this.pool.query<{ sandbox_id: string }>(
      `SELECT DISTINCT sandbox_id FROM node_agents WHERE stopped_at IS NOT NULL`,
    );
    return rows.map((row) => row.sandbox_id);
  }

  /** Forgets every node of the sandbox (reset: the new cluster starts fresh). */
  async clear(sandboxId: string): Promise<void> {
    await this.pool.query(`DELETE FROM node_agents WHERE sandbox_id = $1`, [sandboxId]);
  }
}
