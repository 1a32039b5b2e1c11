import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '@ksb/database';
import { AtRestEncryption } from '../encryption/at-rest-encryption';
import { ChangeEvent, KubeObject, withResourceVersion } from '../objects/kube-object';

export interface RevisionState {
  revision: number;
  /** The highest revision removed from the change log; a watch must start at or after it. */
  compacted: number;
}

export interface ChangeRange {
  sandboxId: string;
  /** Exclusive lower bound. */
  after: number;
  /** Inclusive upper bound. */
  upTo?: number;
  resource?: string;
  namespace?: string;
  limit?: number;
}

interface ChangeRow {
  revision: string;
  type: ChangeEvent['type'];
  resource: string;
  namespace: string;
  name: string;
  body: KubeObject;
}

@Injectable()
export class ChangesRepository {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly atRest: AtRestEncryption,
  ) {}

  /** Changes in revision order, with sealed values opened. */
  async read(range: ChangeRange): Promise<ChangeEvent[]> {
    const params: unknown[] = [range.sandboxId, range.after];
    const where = ['sandbox_id = $1', 'revision > $2'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(`${sql} $${params.length}`);
    };
    if (range.upTo !== undefined) add('revision <=', range.upTo);
    if (range.resource !== undefined) add('resource =', range.resource);
    if (range.namespace !== undefined) add('namespace =', range.namespace);
    params.push(range.limit ?? 10_000);
    const { rows } = await this.pool.query<ChangeRow>(
      `SELECT revision, type, resource, namespace, name, body FROM store_changes
        WHERE ${where.join(' AND ')} ORDER BY revision LIMIT $${params.length}`,
      params,
    );
    return rows.map((row) => {
      const revision = Number(row.revision);
      return this.atRest.openEvent(range.sandboxId, {
        type: row.type,
        revision,
        resource: row.resource,
        namespace: row.namespace,
        name: row.name,
        object: withResourceVersion(row.body, revision),
      });
    });
  }

  async revisionState(sandboxId: string): Promise<RevisionState | null> {
    const states = await this.revisionStates([sandboxId]);
    return states.get(sandboxId) ?? null;
  }

  async revisionStates(sandboxIds: string[]): Promise<Map<string, RevisionState>> {
    const { rows } = await this.pool.query<{ sandbox_id: string; revision: string; compacted_revision: string }>(
      'SELECT sandbox_id, revision, compacted_revision FROM store_revisions WHERE sandbox_id = ANY($1::text[])',
      [sandboxIds],
    );
    return new Map(
      rows.map((row) => [
        row.sandbox_id,
        { revision: Number(row.revision), compacted: Number(row.compacted_revision) },
      ]),
    );
  }

  /** Sandboxes whose change log holds entries that compaction would remove. */
  async compactable(windowSeconds: number, minRevisions: number, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ sandbox_id: string }>(
      `SELECT r.sandbox_id FROM store_revisions r
        WHERE r.revision - r.compacted_revision > $2
          AND EXISTS (SELECT 1 FROM store_changes c
                       WHERE c.sandbox_id = r.sandbox_id AND c.revision = r.compacted_revision + 1
                         AND c.created_at < now() - make_interval(secs => $1))
        LIMIT $3`,
      [windowSeconds, minRevisions, limit],
    );
    return rows.map((row) => row.sandbox_id);
  }

  /**
   * Removes changes older than the window, keeping at least the newest `minRevisions`, and records the
   * new floor. Returns the number of changes removed.
   */
  async compact(sandboxId: string, windowSeconds: number, minRevisions: number): Promise<number> {
    const { rows } = await this.pool.query<{ removed: string }>(
      `WITH floor AS (
         SELECT GREATEST(r.compacted_revision,
                         LEAST(r.revision - $3,
                               COALESCE((SELECT max(c.revision) FROM store_changes c
                                          WHERE c.sandbox_id = $1 AND c.created_at < now() - make_interval(secs => $2)),
                                        r.compacted_revision))) AS upto
           FROM store_revisions r WHERE r.sandbox_id = $1 FOR UPDATE
       ), gone AS (
         DELETE FROM store_changes c USING floor
          WHERE c.sandbox_id = $1 AND c.revision <= floor.upto RETURNING 1
       ), moved AS (
         UPDATE store_revisions r SET compacted_revision = floor.upto FROM floor
          WHERE r.sandbox_id = $1 AND floor.upto > r.compacted_revision RETURNING 1
       )
       SELECT count(*) AS removed FROM gone`,
      [sandboxId, windowSeconds, minRevisions],
    );
    return Number(rows[0]?.removed ?? 0);
  }
}
