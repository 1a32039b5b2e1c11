import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import { RedisConnections } from '@ksb/redis';
import { assertSupportedFields, type FieldSelector, type LabelSelector, SelectorError } from '@ksb/selectors';
import { ChangesRepository } from './changes/changes.repository';
import { AtRestEncryption } from './encryption/at-rest-encryption';
import { indexedFields, supportedFields } from './fields/field-index';
import { decodeContinue, encodeContinue } from './objects/continue-token';
import { ChangeEvent, KubeObject, ObjectKey, StoredObject } from './objects/kube-object';
import { kubeTime } from './objects/kube-time';
import { EncodedOp, ObjectsRepository } from './objects/objects.repository';
import { WriteOp } from './objects/write-op';
import { objectNotFound } from './store.errors';
import { changeChannel, encodeChanges } from './watch/change-channel';
import { Watch, WatchFilter } from './watch/watch';
import { WatchHub } from './watch/watch-hub.service';

export interface ListOptions {
  sandboxId: string;
  resource: string;
  namespace?: string;
  labelSelector?: LabelSelector;
  fieldSelector?: FieldSelector;
  limit?: number;
  continueToken?: string;
}

export interface ListResult {
  items: StoredObject[];
  revision: number;
  continueToken?: string;
}

export interface DeletePreconditions {
  uid?: string;
  resourceVersion?: string;
}

export interface DeleteResult {
  /** False when finalizers keep the object: it now carries a deletionTimestamp instead. */
  deleted: boolean;
  object: StoredObject;
}

const GUARANTEED_UPDATE_ATTEMPTS = 10;

/**
 * Called after every commit with the committed changes (the writer's side of the fan-out: control loops
 * enqueue the work a change triggers). Failures are logged, not thrown: the commit stands and resyncs heal.
 */
export type CommitListener = (sandboxId: string, events: readonly ChangeEvent[]) => Promise<void>;

export interface GracefulDelete {
  /** Marks the object with a deletionTimestamp this far ahead instead of removing it (pods on a node). */
  gracePeriodSeconds?: number;
  /** Finalizers to add while marking (foregroundDeletion, orphan). */
  finalizers?: string[];
}

/**
 * The etcd role: versioned objects of every sandbox, a gap-free revision per sandbox, and watches.
 * Writes go through one SQL function (store_commit) so preconditions, revision and change log are one
 * atomic round trip; after commit the changes are published on the sandbox's Redis channel.
 */
@Injectable()
export class StoreService {
  private readonly logger = new Logger(StoreService.name);
  private readonly listeners: CommitListener[] = [];

  constructor(
    private readonly objects: ObjectsRepository,
    private readonly changes: ChangesRepository,
    private readonly hub: WatchHub,
    private readonly redis: RedisConnections,
    private readonly atRest: AtRestEncryption,
  ) {}

  find(key: ObjectKey): Promise<StoredObject | null> {
    return this.objects.get(key);
  }

  /** Several objects of one sandbox at once; the result has only those that exist. */
  findMany(sandboxId: string, keys: readonly Omit<ObjectKey, 'sandboxId'>[]): Promise<StoredObject[]> {
    return this.objects.getMany(sandboxId, keys);
  }

  async get(key: ObjectKey): Promise<StoredObject> {
    const found = await this.objects.get(key);
    if (!found) throw objectNotFound(key.resource, key.name);
    return found;
  }

  async list(options: ListOptions): Promise<ListResult> {
    this.checkFieldSelector(options.resource, options.fieldSelector);
    const resumed = options.continueToken ? decodeContinue(options.continueToken) : undefined;
    const rows = await this.objects.list({ ...options, after: resumed });
    const revision = resumed?.revision ?? rows.revision;
    const last = rows.items[rows.items.length - 1];
    return {
      items: rows.items,
      revision,
      continueToken:
        rows.more && last
          ? encodeContinue({ revision, namespace: last.key.namespace, name: last.key.name })
          : undefined,
    };
  }

  /**
   * Creates an object; fills uid and creationTimestamp when absent. `also` are writes that must commit
   * with it or not at all (e.g. the allocations a Service takes).
   */
  async create(
    sandboxId: string,
    resource: string,
    namespace: string,
    object: KubeObject,
    also: WriteOp[] = [],
  ): Promise<StoredObject> {
    const [change] = await this.commit(sandboxId, [{ op: 'create', resource, namespace, object }, ...also]);
    return this.stored(sandboxId, change);
  }

  /**
   * Replaces an object. With metadata.resourceVersion set the write is conditional on it (Conflict when
   * stale), without it unconditional. Removing the last finalizer of an object being deleted deletes it.
   * `also` commit with it, as for create.
   */
  async update(key: ObjectKey, object: KubeObject, also: WriteOp[] = []): Promise<StoredObject> {
    const rv = object.metadata.resourceVersion;
    const expectRevision = rv === undefined || rv === '' ? undefined : this.parseRevision(rv);
    // Removing the last finalizer removes the object, unless it is still in a grace period (a pod whose
    // kubelet has not stopped it yet).
    const finishing =
      object.metadata.deletionTimestamp &&
      !object.metadata.finalizers?.length &&
      !object.metadata.deletionGracePeriodSeconds;
    const op: WriteOp = finishing
      ? { op: 'delete', ...this.target(key), expectRevision, object }
      : { op: 'update', ...this.target(key), expectRevision, object };
    const [change] = await this.commit(key.sandboxId, [op, ...also]);
    return this.stored(key.sandboxId, change);
  }

  /** Read-modify-write that retries on conflict; `mutate` gets a fresh copy each attempt. */
  async guaranteedUpdate(
    key: ObjectKey,
    mutate: (current: KubeObject) => KubeObject | Promise<KubeObject>,
  ): Promise<StoredObject> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.get(key);
      const next = await mutate(structuredClone(current.object));
      next.metadata = { ...next.metadata, resourceVersion: String(current.revision) };
      try {
        return await this.update(key, next);
      } catch (error) {
        if (!(error instanceof DomainError && error.code === 'CONFLICT') || attempt >= GUARANTEED_UPDATE_ATTEMPTS) {
          throw error;
        }
      }
    }
  }

  /**
   * Deletes following the finalizer protocol: an object with finalizers only gets a deletionTimestamp
   * (and is removed when its last finalizer goes); one without is removed at once.
   */
  async delete(
    key: ObjectKey,
    preconditions: DeletePreconditions = {},
    graceful: GracefulDelete = {},
  ): Promise<DeleteResult> {
    const current = await this.get(key);
    const meta = current.object.metadata;
    if (preconditions.uid !== undefined && preconditions.uid !== current.uid) {
      throw new DomainError(
        'CONFLICT',
        `Precondition failed: UID in precondition: ${preconditions.uid}, UID in object meta: ${current.uid}`,
      );
    }
    if (preconditions.resourceVersion !== undefined && preconditions.resourceVersion !== String(current.revision)) {
      throw new DomainError(
        'CONFLICT',
        `Precondition failed: ResourceVersion in precondition: ${preconditions.resourceVersion}, ` +
          `ResourceVersion in object meta: ${current.revision}`,
      );
    }
    const guard = { expectRevision: current.revision, expectUid: current.uid };
    const grace = graceful.gracePeriodSeconds ?? 0;
    const added = (graceful.finalizers ?? []).filter((f) => !meta.finalizers?.includes(f));
    const finalizers = [...(meta.finalizers ?? []), ...added];
    if (finalizers.length || grace > 0) {
      // Already marked: only a shorter grace period or a new finalizer changes anything.
      const shorter = meta.deletionTimestamp && grace < (meta.deletionGracePeriodSeconds ?? 0);
      if (meta.deletionTimestamp && !shorter && added.length === 0) return { deleted: false, object: current };
      const deletionTimestamp =
        meta.deletionTimestamp && !shorter ? meta.deletionTimestamp : kubeTime(new Date(Date.now() + grace * 1000));
      const marked: KubeObject = {
        ...current.object,
        metadata: {
          ...meta,
          deletionTimestamp,
          deletionGracePeriodSeconds: meta.deletionTimestamp && !shorter ? meta.deletionGracePeriodSeconds : grace,
          ...(finalizers.length ? { finalizers } : {}),
        },
      };
      const [change] = await this.commit(key.sandboxId, [
        { op: 'update', ...this.target(key), ...guard, object: marked },
      ]);
      return { deleted: false, object: this.stored(key.sandboxId, change) };
    }
    const [change] = await this.commit(key.sandboxId, [{ op: 'delete', ...this.target(key), ...guard }]);
    return { deleted: true, object: this.stored(key.sandboxId, change) };
  }

  /** Applies several writes of one sandbox atomically, each with its own consecutive revision. */
  async commit(sandboxId: string, ops: WriteOp[]): Promise<ChangeEvent[]> {
    if (ops.length === 0) return [];
    const stored = await this.objects.commit(
      sandboxId,
      ops.map((op) => this.encode(sandboxId, op)),
    );
    // Published as stored, so sealed values leave the process sealed; callers get them opened.
    await this.publish(sandboxId, stored);
    const events = stored.map((event) => this.atRest.openEvent(sandboxId, event));
    await this.notify(sandboxId, events);
    return events;
  }

  /** Registers a listener for every commit this process makes (see CommitListener). */
  onCommitted(listener: CommitListener): void {
    this.listeners.push(listener);
  }

  /** Sandboxes holding objects of any of the resources, optionally matching body or indexed fields (resyncs). */
  sandboxesWith(
    resources: readonly string[],
    match?: { body?: object; fields?: Record<string, string> },
  ): Promise<string[]> {
    return this.objects.sandboxesWith(resources, match);
  }

  /** Every change of the sandbox after `fromRevision` matching the filter, then live ones. */
  watch(sandboxId: string, fromRevision: number, filter: WatchFilter = {}): Promise<Watch> {
    this.checkFieldSelector(filter.resource, filter.fieldSelector);
    return this.hub.watch(sandboxId, fromRevision, filter);
  }

  /**
   * Drops changes older than `windowSeconds` from the sandbox's log, keeping at least the newest
   * `minRevisions`; watches from before the new floor get EXPIRED. Returns the number removed.
   */
  compact(sandboxId: string, windowSeconds: number, minRevisions: number): Promise<number> {
    return this.changes.compact(sandboxId, windowSeconds, minRevisions);
  }

  /** Every object key of the sandbox, or of one of its namespaces. */
  keys(sandboxId: string, namespace?: string): Promise<ObjectKey[]> {
    return this.objects.keys(sandboxId, namespace);
  }

  /** Drops all the sandbox's objects and history; its watches end and further writes fail. */
  async purge(sandboxId: string): Promise<void> {
    await this.objects.purge(sandboxId);
  }

  /** The current revision of each of the sandboxes (missing: gone). */
  async revisions(sandboxIds: string[]): Promise<Map<string, number>> {
    const states = await this.changes.revisionStates(sandboxIds);
    return new Map([...states].map(([id, state]) => [id, state.revision]));
  }

  async currentRevision(sandboxId: string): Promise<number> {
    const state = await this.changes.revisionState(sandboxId);
    if (!state) throw new DomainError('NOT_FOUND', `sandbox "${sandboxId}" not found`);
    return state.revision;
  }

  private async notify(sandboxId: string, events: ChangeEvent[]): Promise<void> {
    for (const listener of this.listeners) {
      try {
        await listener(sandboxId, events);
      } catch (error) {
        this.logger.warn(`commit listener failed for ${sandboxId}: ${String(error)}`);
      }
    }
  }

  private async publish(sandboxId: string, events: ChangeEvent[]): Promise<void> {
    if (events.length === 0) return;
    try {
      await this.redis.client.publish(changeChannel(this.redis.prefix, sandboxId), encodeChanges(events));
    } catch (error) {
      // The change is committed; watchers find it in the change log when they notice the gap.
      this.logger.warn(`publishing changes of ${sandboxId} failed: ${String(error)}`);
    }
  }

  private encode(sandboxId: string, op: WriteOp): EncodedOp {
    if (op.op === 'delete') {
      const body = op.object
        ? this.atRest.seal(sandboxId, op.resource, op.namespace, op.name, this.body(op.object))
        : undefined;
      return { op: 'delete', resource: op.resource, namespace: op.namespace, name: op.name, body, ...this.guards(op) };
    }
    const body = this.body(op.object);
    const name = body.metadata.name;
    if (!name) throw new DomainError('INVALID', 'metadata.name: Required value: name or generateName is required');
    const labels = body.metadata.labels ?? {};
    const fields = indexedFields(op.resource, body);
    if (op.op === 'update') {
      return {
        op: 'update',
        resource: op.resource,
        namespace: op.namespace,
        name: op.name,
        body: this.atRest.seal(sandboxId, op.resource, op.namespace, op.name, body),
        labels,
        fields,
        ...this.guards(op),
      };
    }
    body.metadata.uid ??= randomUUID();
    body.metadata.creationTimestamp ??= kubeTime();
    return {
      op: 'create',
      resource: op.resource,
      namespace: op.namespace,
      name,
      uid: body.metadata.uid,
      body: this.atRest.seal(sandboxId, op.resource, op.namespace, name, body),
      labels,
      fields,
    };
  }

  private guards(op: { expectRevision?: number; expectUid?: string }) {
    return { expectRevision: op.expectRevision, expectUid: op.expectUid };
  }

  /** The body as persisted: resourceVersion lives in the row, not in the JSON. */
  private body(object: KubeObject): KubeObject {
    const { resourceVersion: _rv, ...metadata } = object.metadata;
    return { ...object, metadata };
  }

  private target(key: ObjectKey) {
    return { resource: key.resource, namespace: key.namespace, name: key.name };
  }

  private stored(sandboxId: string, change: ChangeEvent): StoredObject {
    return {
      key: { sandboxId, resource: change.resource, namespace: change.namespace, name: change.name },
      uid: change.object.metadata.uid ?? '',
      revision: change.revision,
      object: change.object,
    };
  }

  private parseRevision(rv: string): number {
    if (!/^\d+$/.test(rv)) throw new DomainError('BAD_REQUEST', `invalid resourceVersion: "${rv}"`);
    return Number(rv);
  }

  private checkFieldSelector(resource: string | undefined, selector: FieldSelector | undefined): void {
    if (!selector?.length || resource === undefined) return;
    try {
      assertSupportedFields(selector, supportedFields(resource), resource);
    } catch (error) {
      if (error instanceof SelectorError) throw new DomainError('BAD_REQUEST', error.message);
      throw error;
    }
  }
}
