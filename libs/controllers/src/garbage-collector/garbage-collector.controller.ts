import { Injectable } from '@nestjs/common';
import {
  CONTROLLER_MANAGER,
  ControllerDeps,
  listObjects,
  type OwnerReference,
  SandboxController,
  type SandboxContext,
  updateOp,
} from '@ksb/controller-runtime';
import { DomainError } from '@ksb/errors';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import type { ReconcileResult } from '@ksb/reconcile';
import type { WriteOp, ChangeEvent } from '@ksb/store';
import {
  type FinalizerRemoval,
  type GraphObject,
  planGarbageCollection,
  withoutFinalizer,
  withoutOwnerReferences,
} from './dependency-graph';
import { GC_RESOURCES, GC_TRIGGERS, resolveKind } from './gc-resources';
import { requeueIfGone } from '../endpoints/object-gone';

const ignoreNotFound = (error: unknown): void => {
  if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
};

/**
 * The garbage collector: deletes dependents whose owners are gone, carries out foreground deletion
 * (owners wait for their blocking dependents) and orphaning (dependents lose the owner reference).
 * Deletes go through the object verbs so pods get their grace period and Services free their IPs.
 */
@Injectable()
export class GarbageCollectorController extends SandboxController {
  readonly name = 'garbage-collector';
  readonly triggers = GC_TRIGGERS;

  /**
   * Only changes that can leave work: something deleted (its dependents may be orphaned now), or marked
   * for deletion (foreground and orphan finalizers). Resync covers dependents created after their owner went.
   */
  accepts(event: ChangeEvent): boolean {
    return event.type === 'DELETED' || Boolean(event.object.metadata.deletionTimestamp);
  }

  constructor(
    deps: ControllerDeps,
    private readonly objects: ObjectsService,
  ) {
    super(deps);
  }

  protected reconcileSandbox(context: SandboxContext): Promise<ReconcileResult> {
    return requeueIfGone(() => this.reconcileAll(context));
  }

  private async reconcileAll({ sandboxId }: SandboxContext): Promise<ReconcileResult> {
    const lists = await Promise.all(
      GC_RESOURCES.map(async (resource) =>
        (await listObjects(this.deps.store, sandboxId, resource)).map((object): GraphObject => ({ resource, object })),
      ),
    );
    const plan = planGarbageCollection(lists.flat(), resolveKind);

    const patches: WriteOp[] = [];
    for (const removal of plan.removeOwnerReferences) {
      if (await this.anyOwnerPresent(sandboxId, removal.target, removal.absentOwners)) continue;
      patches.push(updateOp(removal.target.resource, withoutOwnerReferences(removal.target.object, removal.uids)));
    }
    await this.deps.store.commit(sandboxId, patches);

    for (const { target, policy, absentOwners } of plan.deletes) {
      if (await this.anyOwnerPresent(sandboxId, target, absentOwners)) continue;
      const meta = target.object.metadata;
      await this.objects
        .delete(this.scopeOf(sandboxId, target), meta.name ?? '', {
          preconditions: { uid: meta.uid },
          propagationPolicy: policy,
        })
        .catch(ignoreNotFound);
    }

    for (const removal of plan.removeFinalizers) await this.removeFinalizer(sandboxId, removal);
    return {};
  }

  /** Whether a fresh read finds any of the owners the (non-atomic) lists showed absent. */
  private async anyOwnerPresent(sandboxId: string, dependent: GraphObject, refs: OwnerReference[]): Promise<boolean> {
    for (const ref of refs) {
      const kind = resolveKind(ref.apiVersion, ref.kind);
      if (!kind) return true;
      const found = await this.deps.store.find({
        sandboxId,
        resource: kind.resource,
        namespace: kind.namespaced ? (dependent.object.metadata.namespace ?? '') : '',
        name: ref.name,
      });
      if (found?.uid === ref.uid) return true;
    }
    return false;
  }

  /** Through the object verbs: the last finalizer of a deleted Service going releases its IPs. */
  private async removeFinalizer(sandboxId: string, { target, finalizer }: FinalizerRemoval): Promise<void> {
    const meta = target.object.metadata;
    const scope = this.scopeOf(sandboxId, target);
    const current = await this.objects.get(scope, meta.name ?? '').catch((error: unknown) => ignoreNotFound(error));
    if (!current || current.metadata.uid !== meta.uid || !current.metadata.finalizers?.includes(finalizer)) return;
    await this.objects
      .replace(scope, meta.name ?? '', withoutFinalizer(current, finalizer), {
        fieldManager: CONTROLLER_MANAGER,
      })
      .catch(ignoreNotFound);
  }

  private scopeOf(sandboxId: string, item: GraphObject) {
    const kind = kindFor(item.resource);
    return { sandboxId, kind, namespace: kind.namespaced ? item.object.metadata.namespace : undefined };
  }
}
