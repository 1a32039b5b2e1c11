import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { DatabaseError } from 'pg';
import { PG_POOL } from '@ksb/database';
import type { FieldSelector, LabelSelector } from '@ksb/selectors';
import { AtRestEncryption } from '../encryption/at-rest-encryption';
import { objectConflict, objectExists, objectNotFound, objectQuotaExceeded, sandboxGone } from '../store.errors';
import { ChangeEvent, KubeObject, ObjectKey, StoredObject, withResourceVersion } from './kube-object';
import { fieldSelectorSql, labelSelectorSql, SqlParams } from './selector-sql';

export interface ListQuery {
  sandboxId: string;
  resource: string;
  /** Undefined lists every namespace. */
  namespace?: string;
  labelSelector?: LabelSelector;
  fieldSelector?: FieldSelector;
  limit?: number;
  /** Resume after this (namespace, name), for limit/continue. */
  after?: { namespace: string; name: string };
}

export interface ListRows {
  items: StoredObject[];
  /** The sandbox revision in the same snapshot as the items. */
  revision: number;
  more: boolean;
}

/** A write as the commit function takes it: bodies without resourceVersion, plus derived labels and fields. */
export interface EncodedOp {
  op: 'create' | 'update' | 'delete';
  resource: string;
  namespace: string;
  name: string;
  uid?: string;
  body?: KubeObject;
  labels?: Record<string, string>;
  fields?: Record<string, string>;
  expectRevision?: number;
  expectUid?: string;
}

interface CommitRow {
  revision: string;
  type: ChangeEvent['type'];
  resource: string;
  namespace: string;
  name: string;
  uid: string;
  created: string | null;
  body: KubeObject | null;
}

interface ObjectRow {
  resource: string;
  namespace: string;
  name: string;
  uid: string;
  revision: string;
  body: KubeObject;
}

const toStored = (sandboxId: string, row: ObjectRow): StoredObject => {
  const revision = Number(row.revision);
  return {
    key: { sandboxId, resource: row.resource, namespace: row.namespace, name: row.name },
    uid: row.uid,
    revision,
    object: withResourceVersion(row.body, revision),
  };
};

/** How many objects the ops add (creates minus deletes), for the object quota. */
/** Events expire (EVENT_TTL_SECONDS) like etcd leases them: they do not count toward the object quota. */
export const EXPIRING_RESOURCES: readonly string[] = ['events', 'events.events.k8s.io'];

/** When an event was last seen: lastTimestamp (core), series/eventTime (events.k8s.io), else creation. */
const EVENT_SEEN_AT = `COALESCE(body->>'lastTimestamp', body->'series'->>'lastObservedTime', body->>'eventTime',
  body->'metadata'->>'creationTimestamp')::timestamptz`;

const objectDelta = (ops: EncodedOp[]): number =>
  ops.reduce((sum, op) => {
    if (EXPIRING_RESOURCES.includes(op.resource)) return sum;
    return sum + (op.op === 'create' ? 1 : op.op === 'delete' ? -1 : 0);
  }, 0);

@Injectable()
export class ObjectsRepository {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly atRest: AtRestEncryption,
  ) {}

  async get(key: ObjectKey): Promise<StoredObject | null> {
    const { rows } = await this.pool.query<ObjectRow>(
      `SELECT resource, namespace, name, uid, revision, body FROM store_objects
        WHERE sandbox_id = $1 AND resource = $2 AND namespace = $3 AND name = $4`,
      [key.sandboxId, key.resource, key.namespace, key.name],
    );
    return rows[0] ? this.atRest.openStored(toStored(key.sandboxId, rows[0])) : null;
  }

  /** Several objects of one sandbox in one round trip (GraphQL's DataLoaders); missing ones are absent. */
  async getMany(sandboxId: string, keys: readonly Omit<ObjectKey, 'sandboxId'>[]): Promise<StoredObject[]> {
    if (keys.length === 0) return [];
    const { rows } = await this.pool.query<ObjectRow>(
      `SELECT o.resource, o.namespace, o.name, o.uid, o.revision, o.body
         FROM unnest($2::text[], $3::text[], $4::text[]) AS k(resource, namespace, name)
         JOIN store_objects o ON o.sandbox_id = $1 AND o.resource = k.resource AND o.namespace = k.namespace
                             AND o.name = k.name`,
      [sandboxId, keys.map((k) => k.resource), keys.map((k) => k.namespace), keys.map((k) => k.name)],
    );
    return rows.map((row) => this.atRest.openStored(toStored(sandboxId, row)));
  }

  async list(query: ListQuery): Promise<ListRows> {
    const params = new SqlParams([query.sandboxId, query.resource]);
    const where = ['o.sandbox_id = $1', 'o.resource = $2'];
    if (query.namespace !== undefined) where.push(`o.namespace = ${params.add(query.namespace)}`);
    if (query.after)
      where.push(`(o.namespace, o.name) > (${params.add(query.after.namespace)}, ${params.add(query.after.name)})`);
    where.push(
      ...labelSelectorSql(query.labelSelector ?? [], params),
      ...fieldSelectorSql(query.fieldSelector ?? [], params),
    );
    const limit = query.limit ? `LIMIT ${params.add(query.limit + 1)}` : '';
    // One statement, so the revision and the rows come from the same snapshot: a watch started at that
    // revision misses nothing and repeats nothing.
    const { rows } = await this.pool.query<ObjectRow & { current: string }>(
      `WITH cur AS (SELECT revision AS current FROM store_revisions WHERE sandbox_id = $1)
       SELECT cur.current, o.resource, o.namespace, o.name, o.uid, o.revision, o.body
         FROM cur LEFT JOIN store_objects o ON ${where.join(' AND ')}
        ORDER BY o.namespace, o.name ${limit}`,
      params.values,
    );
    if (rows.length === 0) throw sandboxGone(query.sandboxId);
    const found = rows.filter((row) => row.name !== null);
    const more = query.limit !== undefined && found.length > query.limit;
    const page = more ? found.slice(0, query.limit) : found;
    return {
      items: page.map((row) => this.atRest.openStored(toStored(query.sandboxId, row))),
      revision: Number(rows[0].current),
      more,
    };
  }

  /** Every object key of a sandbox (for a reset), or of one namespace of it (for a namespace's deletion). */
  async keys(sandboxId: string, namespace?: string): Promise<ObjectKey[]> {
    const { rows } = await this.pool.query<{ resource: string; namespace: string; name: string }>(
      `SELECT resource, namespace, name FROM store_objects
        WHERE sandbox_id = $1 AND ($2::text IS NULL OR namespace = $2)
        ORDER BY resource, namespace, name`,
      [sandboxId, namespace ?? null],
    );
    return rows.map((row) => ({ sandboxId, ...row }));
  }

  /**
   * Sandboxes holding at least one object of the resources (whose body and indexed fields contain the
   * given JSON, when given): what a control loop's resync visits. Probes
   * the primary key per sandbox, so idle sandboxes without such objects cost an index lookup.
   */
  async sandboxesWith(
    resources: readonly string[],
    match: { body?: object; fields?: Record<string, string> } = {},
  ): Promise<string[]> {
    const { rows } = await this.pool.query<{ sandbox_id: string }>(
      `SELECT r.sandbox_id FROM store_revisions r
        WHERE EXISTS (SELECT 1 FROM store_objects o WHERE o.sandbox_id = r.sandbox_id AND o.resource = ANY($1)
                        AND ($2::jsonb IS NULL OR o.body @> $2::jsonb)
                        AND ($3::jsonb IS NULL OR o.fields @> $3::jsonb))`,
      [resources, match.body ? JSON.stringify(match.body) : null, match.fields ? JSON.stringify(match.fields) : null],
    );
    return rows.map((row) => row.sandbox_id);
  }

  /** Sandboxes holding events last seen before `before` (what the event TTL loop visits). */
  async sandboxesWithExpiredEvents(before: Date, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ sandbox_id: string }>(
      `SELECT DISTINCT sandbox_id FROM store_objects
        WHERE resource = ANY($1) AND ${EVENT_SEEN_AT} < $2 LIMIT $3`,
      [EXPIRING_RESOURCES, before, limit],
    );
    return rows.map((row) => row.sandbox_id);
  }

  /** Keys of the sandbox's events last seen before `before`. */
  async expiredEvents(sandboxId: string, before: Date, limit: number): Promise<ObjectKey[]> {
    const { rows } = await this.pool.query<{ resource: string; namespace: string; name: string }>(
      `SELECT resource, namespace, name FROM store_objects
        WHERE sandbox_id = $1 AND resource = ANY($2) AND ${EVENT_SEEN_AT} < $3 LIMIT $4`,
      [sandboxId, EXPIRING_RESOURCES, before, limit],
    );
    return rows.map((row) => ({ sandboxId, ...row }));
  }

  /** Removes everything the store holds for a sandbox: objects, change log and revision counter. */
  async purge(sandboxId: string): Promise<void> {
    await this.pool.query(
      `WITH o AS (DELETE FROM store_objects WHERE sandbox_id = $1),
            c AS (DELETE FROM store_changes WHERE sandbox_id = $1)
       DELETE FROM store_revisions WHERE sandbox_id = $1`,
      [sandboxId],
    );
  }

  /**
   * Applies the ops atomically (see store_commit in the migrations); returns one change per op, with the
   * bodies as stored (sealed where sealed: the caller publishes them so, then opens them).
   */
  async commit(sandboxId: string, ops: EncodedOp[]): Promise<ChangeEvent[]> {
    let rows: CommitRow[];
    try {
      ({ rows } = await this.pool.query<CommitRow>(
        'SELECT revision, type, resource, namespace, name, uid, created, body FROM store_commit($1, $2::jsonb, $3)',
        [sandboxId, JSON.stringify(ops), objectDelta(ops)],
      ));
    } catch (error) {
      throw this.translate(error, sandboxId, ops);
    }
    return rows.map((row, i) => {
      const revision = Number(row.revision);
      // Only deletes send their body back; for writes the body is the one just sent, with the uid and
      // creationTimestamp the store keeps.
      const written = row.body ?? ops[i].body ?? { metadata: {} };
      const metadata = { ...written.metadata, uid: row.uid };
      if (row.created !== null) metadata.creationTimestamp = row.created;
      return {
        type: row.type,
        revision,
        resource: row.resource,
        namespace: row.namespace,
        name: row.name,
        object: withResourceVersion({ ...written, metadata }, revision),
      };
    });
  }

  private translate(error: unknown, sandboxId: string, ops: EncodedOp[]): unknown {
    if (!(error instanceof DatabaseError)) return error;
    const op = ops[Number(error.detail ?? 0)] ?? ops[0];
    switch (error.code) {
      case 'KS404':
        return objectNotFound(op.resource, op.name);
      case 'KS409':
        return objectConflict(op.resource, op.name);
      case 'KS410':
        return objectExists(op.resource, op.name);
      case 'KS429':
        return objectQuotaExceeded(Number(error.hint ?? 0));
      case 'KS440':
        return sandboxGone(sandboxId);
      default:
        return error;
    }
  }
}
