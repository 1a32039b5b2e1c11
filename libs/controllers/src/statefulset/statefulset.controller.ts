import { Injectable } from '@nestjs/common';
import {
  CONTROLLER_MANAGER,
  ControllerDeps,
  deleteOp,
  earliest,
  eventOp,
  involvedObjectOf,
  listObjects,
  requeueAfter,
  type SandboxContext,
  SandboxController,
  scaledMs,
  updateOp,
} from '@ksb/controller-runtime';
import { DomainError } from '@ksb/errors';
import { kindFor as kindOf, ObjectsService } from '@ksb/kube-objects';
import type { ReconcileResult } from '@ksb/reconcile';
import type { KubeObject, WriteOp } from '@ksb/store';
import { claimPods, claimRevisions, selectorOf } from './statefulset-ownership';
import { planStatefulSet, type SetPlan } from './statefulset.logic';
import type { ClaimObject, PodObject, RevisionObject, SetObject } from './statefulset-types';

const SOURCE = { component: 'statefulset-controller' };
const REVISIONS = 'controllerrevisions.apps';

const byNamespace = <T extends KubeObject>(objects: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const object of objects) {
    const namespace = object.metadata.namespace ?? '';
    groups.set(namespace, [...(groups.get(namespace) ?? []), object]);
  }
  return groups;
};

const byName = <T extends KubeObject>(objects: readonly T[]): Map<string, T> =>
  new Map(objects.map((object) => [object.metadata.name ?? '', object]));

/**
 * The StatefulSet controller: members <set>-<ordinal> with stable claims, ordered or parallel creation and scale
 * down, ControllerRevisions and rolling updates. Each set is planned by pure logic (statefulset.logic.ts); all
 * creates, updates and events commit together, pod deletions go through the object verbs for their grace period.
 */
@Injectable()
export class StatefulSetController extends SandboxController {
  readonly name = 'statefulset';
  readonly triggers = ['statefulsets.apps', 'pods', 'persistentvolumeclaims', REVISIONS];

  constructor(
    deps: ControllerDeps,
    private readonly objects: ObjectsService,
  ) {
    super(deps);
  }

  override get resyncResources(): readonly string[] {
    return ['statefulsets.apps'];
  }

  protected async reconcileSandbox(context: SandboxContext): Promise<ReconcileResult> {
    const { store } = this.deps;
    const { sandboxId } = context;
    const sets = await listObjects<SetObject>(store, sandboxId, 'statefulsets.apps');
    if (!sets.length) return {};
    const [pods, claims, revisions] = await Promise.all([
      listObjects<PodObject>(store, sandboxId, 'pods'),
      listObjects<ClaimObject>(store, sandboxId, 'persistentvolumeclaims'),
      listObjects<RevisionObject>(store, sandboxId, REVISIONS),
    ]);
    const podsByNamespace = byNamespace(pods);
    const claimsByNamespace = byNamespace(claims);
    const revisionsByNamespace = byNamespace(revisions);

    const ops: WriteOp[] = [];
    const deletions: PodObject[] = [];
    let wake: number | undefined;
    for (const set of sets) {
      const selector = selectorOf(set);
      if (!selector) continue;
      const namespace = set.metadata.namespace ?? '';
      const namespaceRevisions = revisionsByNamespace.get(namespace) ?? [];
      const claimed = claimPods(set, selector, podsByNamespace.get(namespace) ?? []);
      const owned = claimRevisions(set, selector, namespaceRevisions);
      const plan = planStatefulSet({
        set,
        members: claimed.members,
        claims: byName(claimsByNamespace.get(namespace) ?? []),
        revisions: owned.owned,
        revisionsByName: byName(namespaceRevisions),
        now: context.now,
        minReadyMs: scaledMs(context.profile, set.spec?.minReadySeconds ?? 0),
      });
      ops.push(...this.revisionOps(context, owned.adopted, plan));
      ops.push(...this.memberOps(context, set, [...claimed.released, ...claimed.adopted], plan));
      if (plan.status) ops.push(updateOp('statefulsets.apps', { ...set, status: plan.status }));
      deletions.push(...plan.deletePods);
      wake = earliest(wake, plan.requeueAfterMs);
    }
    for (const pod of deletions) await this.deletePod(sandboxId, pod);
    await store.commit(sandboxId, ops);
    return requeueAfter(wake);
  }

  private revisionOps(context: SandboxContext, adopted: readonly RevisionObject[], plan: SetPlan): WriteOp[] {
    const deleted = new Set(plan.deleteRevisions.map((revision) => revision.metadata.name));
    const updates = byName([...adopted, ...plan.updateRevisions]);
    const ops: WriteOp[] = [];
    if (plan.createRevision) ops.push(this.prepare(context, REVISIONS, plan.createRevision));
    for (const [name, revision] of updates) if (!deleted.has(name)) ops.push(updateOp(REVISIONS, revision));
    for (const revision of plan.deleteRevisions) ops.push(deleteOp(REVISIONS, revision));
    return ops;
  }

  private memberOps(context: SandboxContext, set: SetObject, claimedUpdates: PodObject[], plan: SetPlan): WriteOp[] {
    const ops: WriteOp[] = [];
    for (const claim of plan.createClaims) ops.push(this.prepare(context, 'persistentvolumeclaims', claim));
    for (const claim of plan.updateClaims.values()) ops.push(updateOp('persistentvolumeclaims', claim));
    const events = [...plan.events];
    for (const pod of plan.createPods) {
      try {
        ops.push(this.prepare(context, 'pods', pod));
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== 'INVALID') throw error;
        // The template yields an invalid pod: reported on the set instead of the creation, as the API refusal is.
        const name = pod.metadata.name ?? '';
        const failed = {
          type: 'Warning' as const,
          reason: 'FailedCreate',
          message: `create Pod ${name} in StatefulSet ${set.metadata.name ?? ''} failed error: ${error.message}`,
        };
        const index = events.findIndex((event) => event.message.startsWith(`create Pod ${name} `));
        if (index >= 0) events.splice(index, 1, failed);
        else events.push(failed);
      }
    }
    const podUpdates = byName([...claimedUpdates, ...plan.updatePods.values()]);
    for (const pod of podUpdates.values()) ops.push(updateOp('pods', pod));
    for (const event of events) {
      ops.push(eventOp({ involved: involvedObjectOf(set), ...event, source: SOURCE, now: context.now }));
    }
    return ops;
  }

  private prepare(context: SandboxContext, resource: string, object: KubeObject): WriteOp {
    const kind = kindOf(resource);
    return this.objects.prepareCreate(
      { sandboxId: context.sandboxId, kind, namespace: object.metadata.namespace },
      object,
      { fieldManager: CONTROLLER_MANAGER },
    );
  }

  /** Deletes through the object verbs, so a running pod gets its grace period; gone already is fine. */
  private async deletePod(sandboxId: string, pod: PodObject): Promise<void> {
    const scope = { sandboxId, kind: kindOf('pods'), namespace: pod.metadata.namespace };
    try {
      await this.objects.delete(scope, pod.metadata.name ?? '', { preconditions: { uid: pod.metadata.uid } });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND') return;
      throw error;
    }
  }
}
