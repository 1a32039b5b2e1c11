import { Injectable } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import {
  applyConfiguration,
  applyConflictCauses,
  applyConflictMessage,
  applyJsonPatch,
  applyMergePatch,
  applyStrategicMergePatch,
  isObject,
  type JsonObject,
  JsonValue,
  NO_PATCH_META,
  parseJsonPatch,
  PatchError,
  updateManagedFields,
} from '@ksb/patches';
import { parseFieldSelector, parseLabelSelector, SelectorError } from '@ksb/selectors';
import { KubeObject, ObjectKey, StoreService, Watch, type WriteOp } from '@ksb/store';
import { AdmissionService } from './admission/admission.service';
import { invalidObject, requiredValue } from './field-errors';
import { badRequest, namespaceTerminating, notFoundObject } from './kube-errors';
import { apiVersionOf, KindInfo } from './kind-info';
import { generateName, nameErrors } from './naming';

/** Which objects a request addresses: a kind in a sandbox, in a namespace or cluster-wide. */
export interface Scope {
  sandboxId: string;
  kind: KindInfo;
  /** Required for namespaced kinds except for lists and watches across all namespaces. */
  namespace?: string;
}

export interface WriteOptions {
  /** Internal: managedFields were already computed (server-side apply). */
  keepManagedFields?: boolean;
  dryRun?: boolean;
  /** Who writes (fieldManager): recorded in metadata.managedFields. */
  fieldManager?: string;
  /** Writes to the status subresource change only status. */
  subresource?: 'status';
}

export interface ListQuery {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continueToken?: string;
}

export type PatchType = 'merge' | 'json' | 'strategic';

export interface DeleteOptions {
  dryRun?: boolean;
  preconditions?: { uid?: string; resourceVersion?: string };
}

const timestamp = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Everything but metadata and status: a change here is a new generation. */
const specOf = (object: KubeObject): string => {
  const { metadata: _m, status: _s, ...rest } = object;
  return JSON.stringify(rest);
};

/**
 * The Kubernetes verbs on objects, transport-free: what the API server does between decoding a request
 * and the store (naming, namespace admission, defaulting, validation, generation, status subresource
 * rules, patches). The Kubernetes HTTP endpoint and GraphQL both call it.
 */
@Injectable()
export class ObjectsService {
  constructor(
    private readonly store: StoreService,
    private readonly admission: AdmissionService,
  ) {}

  async get(scope: Scope, name: string): Promise<KubeObject> {
    const found = await this.store.find(this.key(scope, name));
    if (!found) throw notFoundObject(scope.kind, name);
    return found.object;
  }

  async list(
    scope: Scope,
    query: ListQuery = {},
  ): Promise<{ items: KubeObject[]; resourceVersion: string; continueToken?: string }> {
    const result = await this.store.list({
      sandboxId: scope.sandboxId,
      resource: scope.kind.storeName,
      namespace: scope.kind.namespaced ? scope.namespace : undefined,
      ...this.selectors(query),
      limit: query.limit,
      continueToken: query.continueToken,
    });
    return {
      items: result.items.map((item) => item.object),
      resourceVersion: String(result.revision),
      continueToken: result.continueToken,
    };
  }

  watch(scope: Scope, fromRevision: number, query: ListQuery = {}): Promise<Watch> {
    return this.store.watch(scope.sandboxId, fromRevision, {
      resource: scope.kind.storeName,
      namespace: scope.kind.namespaced ? scope.namespace : undefined,
      ...this.selectors(query),
    });
  }

  async create(scope: Scope, input: unknown, options: WriteOptions = {}): Promise<KubeObject> {
    const object = this.decode(scope, input);
    const meta = object.metadata;
    if (!meta.name && meta.generateName) meta.name = generateName(meta.generateName);
    if (!meta.name) {
      throw invalidObject(scope.kind, '', [requiredValue('metadata.name', 'name or generateName is required')]);
    }
    delete meta.resourceVersion;
    delete meta.uid;
    delete meta.deletionTimestamp;
    meta.generation = 1;
    scope.kind.defaults?.(object);
    if (!options.keepManagedFields) this.recordManager(scope, undefined, object, options);
    this.admission.prepare(scope.kind, object);
    this.validate(scope, object);
    await this.admitNamespace(scope, meta.name);
    if (options.dryRun) {
      await this.admission.dryRun(scope.sandboxId, scope.kind, object);
      return { ...object, metadata: { ...meta, uid: crypto.randomUUID(), creationTimestamp: timestamp() } };
    }
    return this.admission.create(scope.sandboxId, scope.kind, scope.namespace ?? '', object);
  }

  /** PUT: replaces the object (or, for the status subresource, its status). */
  async replace(scope: Scope, name: string, input: unknown, options: WriteOptions = {}): Promise<KubeObject> {
    const object = this.decode(scope, input);
    if (object.metadata.name !== undefined && object.metadata.name !== name) {
      throw badRequest(`the name of the object (${object.metadata.name}) does not match the name on the URL (${name})`);
    }
    object.metadata.name = name;
    const current = await this.get(scope, name);
    return this.write(scope, current, this.merged(scope, current, object, options), options);
  }

  async patch(
    scope: Scope,
    name: string,
    type: PatchType,
    patch: unknown,
    options: WriteOptions = {},
  ): Promise<KubeObject> {
    const current = await this.get(scope, name);
    let patched: JsonValue;
    try {
      patched = this.applyPatch(scope, current, type, patch);
    } catch (error) {
      if (error instanceof PatchError) throw new DomainError('INVALID', error.message);
      throw error;
    }
    const object = this.decode(scope, patched);
    object.metadata.name = name;
    // A patch applies to what it read: the write is conditional on that version.
    object.metadata.resourceVersion = current.metadata.resourceVersion;
    return this.write(scope, current, this.merged(scope, current, object, options), options);
  }

  /**
   * Server-side apply (application/apply-patch+yaml): merges the configuration into the object under
   * the manager's ownership, creating it when missing; a change to a field another manager owns is a
   * conflict (409) unless forced.
   */
  async apply(
    scope: Scope,
    name: string,
    applied: unknown,
    options: WriteOptions & { force?: boolean } = {},
  ): Promise<{ object: KubeObject; created: boolean }> {
    if (!options.fieldManager) {
      throw new DomainError(
        'INVALID',
        'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
        {
          causes: [
            {
              field: 'fieldManager',
              reason: 'FieldValueRequired',
              message: 'Required value: is required for apply patch',
            },
          ],
        },
      );
    }
    if (!isObject(applied)) throw badRequest('the body of the request must be a YAML or JSON object');
    const found = await this.store.find(this.key(scope, name));
    const live = found?.object;
    let result: ReturnType<typeof applyConfiguration>;
    try {
      result = applyConfiguration({
        live: live as JsonObject | undefined,
        applied,
        manager: options.fieldManager,
        force: options.force ?? false,
        schema: scope.kind.patchSchema ?? NO_PATCH_META,
        apiVersion: apiVersionOf(scope.kind),
        now: new Date(),
        ignoredFields: this.ignoredFields(scope),
      });
    } catch (error) {
      if (error instanceof PatchError) throw badRequest(error.message);
      throw error;
    }
    if (result.conflicts.length) {
      throw new DomainError('CONFLICT', applyConflictMessage(result.conflicts), {
        causes: applyConflictCauses(result.conflicts),
        target: { name, group: scope.kind.group, kind: scope.kind.plural },
      });
    }
    const object = result.object as unknown as KubeObject;
    if (!live) {
      const created = await this.create(
        scope,
        { ...object, metadata: { ...object.metadata, name } },
        { ...options, keepManagedFields: true },
      );
      return { object: created, created: true };
    }
    const next = this.decode(scope, object);
    next.metadata.name = name;
    next.metadata.resourceVersion = live.metadata.resourceVersion;
    const written = await this.write(scope, live, this.merged(scope, live, next, options), {
      ...options,
      keepManagedFields: true,
    });
    return { object: written, created: false };
  }

  async delete(
    scope: Scope,
    name: string,
    options: DeleteOptions = {},
  ): Promise<{ deleted: boolean; object: KubeObject }> {
    const key = this.key(scope, name);
    if (options.dryRun) return { deleted: true, object: await this.get(scope, name) };
    if (scope.kind.storeName === 'namespaces') return this.deleteNamespace(scope, name);
    const result = await this.store.delete(key, options.preconditions).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') throw notFoundObject(scope.kind, name);
      throw error;
    });
    if (result.deleted) await this.admission.deleted(scope.sandboxId, scope.kind, result.object.object);
    return { deleted: result.deleted, object: result.object.object };
  }

  /**
   * A namespace goes with everything in it, in one commit. (Upstream marks it Terminating and its
   * namespace controller empties it; until that controller runs here, the cascade is synchronous.)
   */
  private async deleteNamespace(scope: Scope, name: string): Promise<{ deleted: boolean; object: KubeObject }> {
    const namespace = await this.get(scope, name);
    const contents: WriteOp[] = (await this.store.keys(scope.sandboxId))
      .filter((key) => key.namespace === name)
      .map((key) => ({ op: 'delete', resource: key.resource, namespace: key.namespace, name: key.name }));
    const events = await this.store.commit(scope.sandboxId, [
      ...contents,
      { op: 'delete', resource: 'namespaces', namespace: '', name, expectUid: namespace.metadata.uid },
    ]);
    // The namespace's services give back their cluster IPs and node ports.
    for (const event of events.filter((e) => e.resource === 'services')) {
      await this.admission.deleted(scope.sandboxId, { ...scope.kind, storeName: 'services' }, event.object);
    }
    return { deleted: true, object: events[events.length - 1]?.object ?? namespace };
  }

  private async write(scope: Scope, current: KubeObject, next: KubeObject, options: WriteOptions): Promise<KubeObject> {
    if (!options.keepManagedFields) this.recordManager(scope, current, next, options);
    this.admission.prepare(scope.kind, next, current);
    this.validate(scope, next, current);
    if (options.dryRun) {
      await this.admission.dryRun(scope.sandboxId, scope.kind, next, current);
      return next;
    }
    return this.admission.update(this.key(scope, next.metadata.name ?? ''), scope.kind, next, current);
  }

  /** What a write may change: status only through the status subresource, metadata.generation on spec changes. */
  private merged(scope: Scope, current: KubeObject, next: KubeObject, options: WriteOptions): KubeObject {
    if (options.subresource === 'status') {
      return {
        ...current,
        status: next.status,
        metadata: { ...current.metadata, resourceVersion: next.metadata.resourceVersion },
      };
    }
    const result: KubeObject = { ...next, metadata: { ...next.metadata } };
    if (scope.kind.hasStatus) result.status = current.status;
    if (result.status === undefined) delete result.status;
    scope.kind.defaults?.(result);
    const generation = typeof current.metadata.generation === 'number' ? current.metadata.generation : 1;
    result.metadata.generation = specOf(result) === specOf(current) ? generation : generation + 1;
    result.metadata.uid = current.metadata.uid;
    result.metadata.creationTimestamp = current.metadata.creationTimestamp;
    return result;
  }

  /** Records the writer in metadata.managedFields (the fields this write changed become its own). */
  private recordManager(scope: Scope, before: KubeObject | undefined, after: KubeObject, options: WriteOptions): void {
    const updated = updateManagedFields({
      before: before as JsonObject | undefined,
      after: after as unknown as JsonObject,
      manager: options.fieldManager ?? 'unknown',
      apiVersion: apiVersionOf(scope.kind),
      now: new Date(),
      schema: scope.kind.patchSchema ?? NO_PATCH_META,
      subresource: options.subresource,
      ignoredFields: this.ignoredFields(scope, options.subresource),
    });
    after.metadata = updated.metadata as KubeObject['metadata'];
  }

  /** The main resource does not write status when the kind has a status subresource, and vice versa. */
  private ignoredFields(scope: Scope, subresource?: string): string[][] {
    if (subresource === 'status') return [['spec'], ['metadata']];
    return scope.kind.hasStatus ? [['status']] : [];
  }

  private applyPatch(scope: Scope, current: KubeObject, type: PatchType, patch: unknown): JsonValue {
    const base = current as unknown as JsonValue;
    switch (type) {
      case 'merge':
        return applyMergePatch(base, patch as JsonValue);
      case 'json':
        return applyJsonPatch(base, parseJsonPatch(patch));
      case 'strategic':
        return applyStrategicMergePatch(base, patch as JsonValue, scope.kind.patchSchema ?? NO_PATCH_META);
    }
  }

  /** Checks a request body is an object of this kind, and places it in the request's namespace. */
  private decode(scope: Scope, input: unknown): KubeObject {
    if (!isObject(input)) throw badRequest('the body of the request must be a JSON object');
    const object = structuredClone(input) as KubeObject;
    const apiVersion = apiVersionOf(scope.kind);
    if (object.apiVersion !== undefined && object.apiVersion !== apiVersion) {
      throw badRequest(
        `the API version in the data (${String(object.apiVersion)}) does not match the expected API version (${apiVersion})`,
      );
    }
    if (object.kind !== undefined && object.kind !== scope.kind.kind) {
      throw badRequest(
        `the kind in the data (${String(object.kind)}) does not match the expected kind (${scope.kind.kind})`,
      );
    }
    object.apiVersion = apiVersion;
    object.kind = scope.kind.kind;
    if (object.metadata !== undefined && !isObject(object.metadata)) {
      throw badRequest('metadata must be an object');
    }
    object.metadata = { ...(object.metadata ?? {}) };
    if (scope.kind.namespaced) {
      if (!scope.namespace) throw badRequest('a namespace is required for namespaced resources');
      if (object.metadata.namespace !== undefined && object.metadata.namespace !== scope.namespace) {
        throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
      }
      object.metadata.namespace = scope.namespace;
    } else {
      delete object.metadata.namespace;
    }
    return object;
  }

  private validate(scope: Scope, object: KubeObject, old?: KubeObject): void {
    const name = object.metadata.name ?? '';
    const causes = [...(old ? [] : nameErrors(scope.kind, name)), ...(scope.kind.validate?.(object, old) ?? [])];
    if (causes.length) throw invalidObject(scope.kind, name, causes);
  }

  /** Namespaced objects need an existing namespace that is not being deleted. */
  private async admitNamespace(scope: Scope, name: string): Promise<void> {
    if (!scope.kind.namespaced || !scope.namespace) return;
    const namespace = await this.store.find({
      sandboxId: scope.sandboxId,
      resource: 'namespaces',
      namespace: '',
      name: scope.namespace,
    });
    if (!namespace) {
      throw new DomainError('NOT_FOUND', `namespaces "${scope.namespace}" not found`, {
        target: { name: scope.namespace, kind: 'namespaces' },
      });
    }
    const status = namespace.object.status as { phase?: string } | undefined;
    if (namespace.object.metadata.deletionTimestamp || status?.phase === 'Terminating') {
      throw namespaceTerminating(scope.kind, name, scope.namespace);
    }
  }

  private key(scope: Scope, name: string): ObjectKey {
    return {
      sandboxId: scope.sandboxId,
      resource: scope.kind.storeName,
      namespace: scope.kind.namespaced ? (scope.namespace ?? '') : '',
      name,
    };
  }

  private selectors(query: ListQuery) {
    try {
      return {
        labelSelector: query.labelSelector ? parseLabelSelector(query.labelSelector) : undefined,
        fieldSelector: query.fieldSelector ? parseFieldSelector(query.fieldSelector) : undefined,
      };
    } catch (error) {
      if (error instanceof SelectorError) throw badRequest(error.message);
      throw error;
    }
  }
}
