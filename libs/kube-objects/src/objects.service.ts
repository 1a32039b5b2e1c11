import { Injectable } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import {
  applyConfiguration,
  applyConflictCauses,
  applyConflictMessage,
  isObject,
  type JsonObject,
  JsonValue,
  NO_PATCH_META,
  PatchError,
} from '@ksb/patches';
import { KubeObject, kubeTime, ObjectKey, StoreService, Watch, type WriteOp } from '@ksb/store';
import { AdmissionService } from './admission/admission.service';
import { invalidObject, requiredValue } from './field-errors';
import { badRequest, namespaceTerminating, notFoundObject } from './kube-errors';
import { apiVersionOf } from './kind-info';
import { kindFor } from './kind-of-definition';
import { generateName, nameErrors } from './naming';
import type { DeleteOptions, ListQuery, PatchType, PropagationPolicy, Scope, WriteOptions } from './object-scope';
import { podGracePeriod } from './pods/pod-grace-period';
import { applyPatchTo } from './writes/apply-patch';
import { decodeObject } from './writes/decode-object';
import { ignoredFields, recordManager } from './writes/managed-fields';
import { selectorsOf } from './writes/selectors';

/** Namespaces the API server refuses to delete (the NamespaceLifecycle admission plugin). */
const IMMORTAL_NAMESPACES = ['default', 'kube-system', 'kube-public'];

/** Finalizers a propagation policy adds while the garbage collector handles the dependents. */
const PROPAGATION_FINALIZERS: Record<PropagationPolicy, string[]> = {
  Background: [],
  Foreground: ['foregroundDeletion'],
  Orphan: ['orphan'],
};

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
      ...selectorsOf(query),
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
      ...selectorsOf(query),
    });
  }

  async create(scope: Scope, input: unknown, options: WriteOptions = {}): Promise<KubeObject> {
    const object = decodeObject(scope, input);
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
    if (!options.keepManagedFields) recordManager(scope, undefined, object, options);
    this.admission.prepare(scope.kind, object);
    this.validate(scope, object);
    await this.admitNamespace(scope, meta.name, options);
    if (options.dryRun) {
      await this.admission.dryRun(scope.sandboxId, scope.kind, object);
      return { ...object, metadata: { ...meta, uid: crypto.randomUUID(), creationTimestamp: kubeTime() } };
    }
    return this.admission.create(scope.sandboxId, scope.kind, scope.namespace ?? '', object);
  }

  /**
   * What create would store, without writing it: naming, defaults, managed fields and validation. For
   * control loops that commit several new objects (and their events) at once; namespaced kinds only.
   */
  prepareCreate(given: Scope, input: unknown, options: WriteOptions = {}): WriteOp {
    // Callers may pass a bare resource definition: the kind info (with in-place defaulting) is resolved here.
    const scope = { ...given, kind: kindFor(given.kind.storeName) };
    const object = decodeObject(scope, input);
    const meta = object.metadata;
    if (!meta.name && meta.generateName) meta.name = generateName(meta.generateName);
    if (!meta.name) {
      throw invalidObject(scope.kind, '', [requiredValue('metadata.name', 'name or generateName is required')]);
    }
    meta.generation = 1;
    scope.kind.defaults?.(object);
    recordManager(scope, undefined, object, options);
    this.admission.prepare(scope.kind, object);
    this.validate(scope, object);
    return { op: 'create', resource: scope.kind.storeName, namespace: scope.namespace ?? '', object };
  }

  /** PUT: replaces the object (or, for the status subresource, its status). */
  async replace(scope: Scope, name: string, input: unknown, options: WriteOptions = {}): Promise<KubeObject> {
    const object = decodeObject(scope, input);
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
      patched = applyPatchTo(scope, current, type, patch);
    } catch (error) {
      if (error instanceof PatchError) throw new DomainError('INVALID', error.message);
      throw error;
    }
    const object = decodeObject(scope, patched);
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
  ): Promise<{ object: KubeObject; created: boolean; changed: boolean }> {
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
        ignoredFields: ignoredFields(scope),
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
      return { object: created, created: true, changed: true };
    }
    // As the API server: an apply that changes nothing writes nothing (same resourceVersion, no watch event).
    if (!result.changed) return { object: live, created: false, changed: false };
    const next = decodeObject(scope, object);
    next.metadata.name = name;
    next.metadata.resourceVersion = live.metadata.resourceVersion;
    const written = await this.write(scope, live, this.merged(scope, live, next, options), {
      ...options,
      keepManagedFields: true,
    });
    return { object: written, created: false, changed: true };
  }

  async delete(
    scope: Scope,
    name: string,
    options: DeleteOptions = {},
  ): Promise<{ deleted: boolean; object: KubeObject }> {
    const key = this.key(scope, name);
    if (options.dryRun) return { deleted: true, object: await this.get(scope, name) };
    if (scope.kind.storeName === 'namespaces') return this.deleteNamespace(scope, name, options);
    const current = await this.get(scope, name);
    const graceful = {
      gracePeriodSeconds: scope.kind.storeName === 'pods' ? podGracePeriod(current, options.gracePeriodSeconds) : 0,
      finalizers: PROPAGATION_FINALIZERS[options.propagationPolicy ?? 'Background'],
    };
    const result = await this.store.delete(key, options.preconditions, graceful).catch((error: unknown) => {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') throw notFoundObject(scope.kind, name);
      throw error;
    });
    if (result.deleted) await this.admission.deleted(scope.sandboxId, scope.kind, result.object.object);
    return { deleted: result.deleted, object: result.object.object };
  }

  /**
   * Marks the namespace Terminating (deletionTimestamp, phase Terminating); the namespace controller
   * deletes what it holds and then the namespace. Marking again changes nothing.
   */
  private async deleteNamespace(
    scope: Scope,
    name: string,
    options: DeleteOptions,
  ): Promise<{ deleted: boolean; object: KubeObject }> {
    if (IMMORTAL_NAMESPACES.includes(name)) {
      throw new DomainError('FORBIDDEN', `namespaces "${name}" is forbidden: this namespace may not be deleted`, {
        target: { name, kind: 'namespaces' },
      });
    }
    const found = await this.store.find(this.key(scope, name));
    if (!found) throw notFoundObject(scope.kind, name);
    const namespace = found.object;
    const pre = options.preconditions;
    if (
      (pre?.uid !== undefined && pre.uid !== found.uid) ||
      (pre?.resourceVersion ?? String(found.revision)) !== String(found.revision)
    ) {
      throw new DomainError('CONFLICT', `Precondition failed for namespaces "${name}"`);
    }
    if (namespace.metadata.deletionTimestamp) return { deleted: false, object: namespace };
    const marked: KubeObject = {
      ...namespace,
      metadata: { ...namespace.metadata, deletionTimestamp: kubeTime(), deletionGracePeriodSeconds: 0 },
      status: { ...(namespace.status as object), phase: 'Terminating' },
    };
    // A plain update op: the store's update() would read "deletionTimestamp without finalizers" as done.
    const [change] = await this.store.commit(scope.sandboxId, [
      { op: 'update', resource: 'namespaces', namespace: '', name, object: marked, expectRevision: found.revision },
    ]);
    return { deleted: false, object: change.object };
  }

  private async write(scope: Scope, current: KubeObject, next: KubeObject, options: WriteOptions): Promise<KubeObject> {
    if (!options.keepManagedFields) recordManager(scope, current, next, options);
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

  private validate(scope: Scope, object: KubeObject, old?: KubeObject): void {
    const name = object.metadata.name ?? '';
    const causes = [...(old ? [] : nameErrors(scope.kind, name)), ...(scope.kind.validate?.(object, old) ?? [])];
    if (causes.length) throw invalidObject(scope.kind, name, causes);
  }

  /** Namespaced objects need an existing namespace that is not being deleted. */
  private async admitNamespace(scope: Scope, name: string, options: WriteOptions = {}): Promise<void> {
    if (!scope.kind.namespaced || !scope.namespace) return;
    if (options.dryRun && options.assumeNamespaces?.includes(scope.namespace)) return;
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
}
