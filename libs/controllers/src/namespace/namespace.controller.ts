import { Injectable } from '@nestjs/common';
import {
  ControllerDeps,
  kubeTime,
  listObjects,
  requeueAfter,
  SandboxController,
  type SandboxContext,
  scaledMs,
  updateOp,
} from '@ksb/controller-runtime';
import { DomainError } from '@ksb/errors';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import type { ReconcileResult } from '@ksb/reconcile';
import { RESOURCES } from '@ksb/resources';
import type { KubeObject, WriteOp, ChangeEvent } from '@ksb/store';
import {
  estimateSeconds,
  type NamespaceCondition,
  namespaceConditions,
  type RemainingItem,
  sameConditions,
} from './namespace-status';

/** The spec finalizer the namespace controller owns. */
const KUBERNETES_FINALIZER = 'kubernetes';

interface Pass {
  remaining: RemainingItem[];
  failures: string[];
}

/** "plural.group" as upstream's messages name resources (core: "pods."). */
function resourceName(storeName: string): string {
  const definition = RESOURCES.byStoreName(storeName);
  return definition ? `${definition.plural}.${definition.group}` : storeName;
}

/** Kinds whose deletion does more than remove the row: grace periods, IP release, finalizers. */
const needsVerb = (resource: string, object: KubeObject): boolean =>
  resource === 'pods' || resource === 'services' || Boolean(object.metadata.finalizers?.length);

/**
 * The namespace controller: empties a Terminating namespace through the object verbs (pods get their
 * grace period, Services release their IPs), reports progress in the namespace's conditions, and once
 * nothing is left removes the namespace itself.
 */
@Injectable()
export class NamespaceController extends SandboxController {
  readonly name = 'namespace';
  /** Pods too: a namespace waiting for its pods to terminate finishes as soon as the last one goes. */
  readonly triggers = ['namespaces', 'pods'] as const;

  accepts(event: ChangeEvent): boolean {
    return event.resource !== 'pods' || event.type === 'DELETED';
  }

  constructor(
    deps: ControllerDeps,
    private readonly objects: ObjectsService,
  ) {
    super(deps);
  }

  override listKeys(): Promise<string[]> {
    return this.deps.store.sandboxesWith(['namespaces'], { body: { status: { phase: 'Terminating' } } });
  }

  protected async reconcileSandbox(context: SandboxContext): Promise<ReconcileResult> {
    const namespaces = await listObjects(this.deps.store, context.sandboxId, 'namespaces');
    let delay: number | undefined;
    for (const namespace of namespaces) {
      if (!namespace.metadata.deletionTimestamp) continue;
      const wait = await this.finalize(context, namespace);
      if (wait !== undefined) delay = Math.min(delay ?? wait, wait);
    }
    return requeueAfter(delay);
  }

  /** One deletion pass over a namespace; returns how long to wait when content remains. */
  private async finalize(context: SandboxContext, namespace: KubeObject): Promise<number | undefined> {
    const pass = await this.deleteContent(context.sandboxId, namespace.metadata.name ?? '');
    const status = (namespace.status ?? {}) as { phase?: string; conditions?: NamespaceCondition[] };
    const conditions = namespaceConditions(
      status.conditions ?? [],
      pass.remaining,
      pass.failures,
      kubeTime(context.now),
    );
    const spec = (namespace.spec ?? {}) as { finalizers?: string[] };
    const empty = pass.remaining.length === 0 && pass.failures.length === 0;
    const specFinalizers = empty ? (spec.finalizers ?? []).filter((f) => f !== KUBERNETES_FINALIZER) : spec.finalizers;
    const next: KubeObject = {
      ...namespace,
      spec: { ...spec, finalizers: specFinalizers },
      status: { ...status, phase: 'Terminating', conditions },
    };
    if (!specFinalizers?.length) delete (next.spec as { finalizers?: string[] }).finalizers;
    const done = empty && !specFinalizers?.length && !namespace.metadata.finalizers?.length;
    if (done) {
      // The namespace goes with its final state (conditions settled, finalized) as the last word.
      await this.deps.store.commit(context.sandboxId, [
        {
          op: 'delete',
          resource: 'namespaces',
          namespace: '',
          name: namespace.metadata.name ?? '',
          expectUid: namespace.metadata.uid,
          object: next,
        },
      ]);
      return undefined;
    }
    const changed =
      status.phase !== 'Terminating' ||
      !sameConditions(status.conditions ?? [], conditions) ||
      (spec.finalizers ?? []).length !== (specFinalizers ?? []).length;
    if (changed) await this.deps.store.commit(context.sandboxId, [updateOp('namespaces', next)]);
    if (!empty) return scaledMs(context.profile, Math.floor(estimateSeconds(pass.remaining) / 2) + 1);
    return undefined;
  }

  /** Deletes everything in the namespace that is not already going; reports what remains. */
  private async deleteContent(sandboxId: string, namespace: string): Promise<Pass> {
    const pass: Pass = { remaining: [], failures: [] };
    const resources = [...new Set((await this.deps.store.keys(sandboxId, namespace)).map((key) => key.resource))];
    // Pods first, so their grace periods start as early as possible.
    resources.sort((a, b) => Number(b === 'pods') - Number(a === 'pods'));
    const plain: WriteOp[] = [];
    for (const resource of resources) {
      const items = await listObjects(this.deps.store, sandboxId, resource, namespace);
      const name = resourceName(resource);
      for (const object of items) {
        if (object.metadata.deletionTimestamp) {
          pass.remaining.push({ resource: name, object });
          continue;
        }
        if (!RESOURCES.byStoreName(resource) || !needsVerb(resource, object)) {
          plain.push({
            op: 'delete',
            resource,
            namespace,
            name: object.metadata.name ?? '',
            expectUid: object.metadata.uid,
          });
          continue;
        }
        try {
          const result = await this.objects.delete(
            { sandboxId, kind: kindFor(resource), namespace },
            object.metadata.name ?? '',
            { preconditions: { uid: object.metadata.uid }, propagationPolicy: 'Background' },
          );
          if (!result.deleted) pass.remaining.push({ resource: name, object: result.object });
        } catch (error) {
          if (error instanceof DomainError && error.code === 'NOT_FOUND') continue;
          if (error instanceof DomainError && error.code === 'CONFLICT') {
            pass.remaining.push({ resource: name, object });
            continue;
          }
          pass.failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    }
    await this.commitDeletes(sandboxId, plain);
    return pass;
  }

  /** One commit for the plain deletes; if something went meanwhile (another controller), one by one. */
  private async commitDeletes(sandboxId: string, ops: WriteOp[]): Promise<void> {
    try {
      await this.deps.store.commit(sandboxId, ops);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'NOT_FOUND')) throw error;
      for (const op of ops) {
        await this.deps.store.commit(sandboxId, [op]).catch((single: unknown) => {
          if (!(single instanceof DomainError && single.code === 'NOT_FOUND')) throw single;
        });
      }
    }
  }
}
