import { Injectable } from '@nestjs/common';
import {
  ControllerDeps,
  earliest,
  eventOp,
  involvedObjectOf,
  listObjects,
  release,
  requeueAfter,
  type SandboxContext,
  SandboxController,
  scaledMs,
  updateOp,
} from '@ksb/controller-runtime';
import { DomainError } from '@ksb/errors';
import { ObjectsService, type Scope } from '@ksb/kube-objects';
import type { ReconcileResult } from '@ksb/reconcile';
import { RESOURCES } from '@ksb/resources';
import type { KubeObject, WriteOp } from '@ksb/store';
import { podFromTemplate } from './pod-template';
import { calculateStatus, statusToWrite } from './replicaset-status';
import {
  nextAvailableAt,
  planReplicaSet,
  type PodObject,
  relatedPods,
  type ReplicaSetPlan,
  type RsObject,
} from './replicaset-sync';

const SOURCE = { component: 'replicaset-controller' };
const FIELD_MANAGER = 'kube-controller-manager';

/** Codes that mean "read again and retry" rather than "this create cannot succeed". */
const RETRY_CODES = new Set(['CONFLICT', 'ALREADY_EXISTS', 'NOT_FOUND']);

const byAge = (a: KubeObject, b: KubeObject): number =>
  (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') ||
  (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '');

const withControllerRef = (pod: PodObject, rs: RsObject): PodObject => {
  const ref = podFromTemplate(rs).metadata?.ownerReferences ?? [];
  return { ...pod, metadata: { ...pod.metadata, ownerReferences: [...(pod.metadata.ownerReferences ?? []), ...ref] } };
};

/**
 * The ReplicaSet controller: each ReplicaSet keeps `replicas` active pods matching its selector. It adopts
 * matching orphans, releases pods it no longer selects, creates missing pods from its template and
 * deletes the surplus (least established first), and reports counts in its status.
 */
@Injectable()
export class ReplicaSetController extends SandboxController {
  readonly name = 'replicaset';
  readonly triggers = ['replicasets.apps', 'pods'] as const;
  override get resyncResources(): readonly string[] {
    return ['replicasets.apps'];
  }

  constructor(
    deps: ControllerDeps,
    private readonly objects: ObjectsService,
  ) {
    super(deps);
  }

  protected async reconcileSandbox(ctx: SandboxContext): Promise<ReconcileResult> {
    const { store } = this.deps;
    // Owners first: a sandbox without ReplicaSets has nothing to do here, whatever its pods do.
    const replicaSets = await listObjects<RsObject>(store, ctx.sandboxId, 'replicasets.apps');
    if (replicaSets.length === 0) return {};
    const listed = await listObjects<PodObject>(store, ctx.sandboxId, 'pods');
    let pods = listed;
    const nowMs = ctx.now.getTime();
    const delays: Array<number | undefined> = [];
    const failures: string[] = [];
    for (const rs of [...replicaSets].sort(byAge)) {
      const plan = planReplicaSet(rs, pods, relatedPods(rs, replicaSets, pods), nowMs);
      if (!plan) continue;
      // Adoptions and releases are seen by the ReplicaSets synced after this one.
      const changed = new Map<string, PodObject>([
        ...plan.adopt.map((pod): [string, PodObject] => [pod.metadata.uid ?? '', withControllerRef(pod, rs)]),
        ...plan.release.map((pod): [string, PodObject] => [pod.metadata.uid ?? '', release(pod, rs)]),
      ]);
      pods = pods.map((pod) => changed.get(pod.metadata.uid ?? '') ?? pod);
      const error = await this.sync(ctx, rs, plan, [...changed.values()]);
      if (error) failures.push(error);
      const minReadyMs = scaledMs(ctx.profile, rs.spec?.minReadySeconds ?? 0);
      const at = nextAvailableAt(rs, plan.owned, minReadyMs, nowMs);
      delays.push(at === undefined ? undefined : at - nowMs);
    }
    // As upstream returns manageReplicas' error: the sandbox is retried with back-off.
    if (failures.length) throw new Error(failures.join('; '));
    return requeueAfter(earliest(...delays));
  }

  /**
   * One ReplicaSet's writes: deletions first (each honours the pod's grace period), then one commit of
   * adoptions, releases, creations, their events and the status. The status counts the pods as they are
   * after this run (upstream's lags one sync behind), so a Deployment never reads a deleted pod as available.
   * Returns the error of creates that cannot succeed.
   */
  private async sync(
    ctx: SandboxContext,
    rs: RsObject,
    plan: ReplicaSetPlan,
    claimed: PodObject[],
  ): Promise<string | undefined> {
    const deleted = await this.deletePods(ctx, rs, plan.delete);
    const gone = new Set(deleted.map((pod) => pod.metadata.uid));
    const claims = claimed.filter((pod) => !gone.has(pod.metadata.uid)).map((pod) => updateOp('pods', pod));
    const deleteEvents = deleted.map((pod) =>
      this.event(ctx, rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`),
    );
    const remaining = plan.owned.filter((pod) => !gone.has(pod.metadata.uid));
    const creates: Array<WriteOp & { op: 'create' }> = [];
    let createError: string | undefined;
    const scope = this.podScope(ctx, rs);
    for (let i = 0; i < plan.create && createError === undefined; i++) {
      try {
        const op = this.objects.prepareCreate(scope, podFromTemplate(rs), { fieldManager: FIELD_MANAGER });
        if (op.op === 'create') creates.push(op);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        createError = error.message;
      }
    }
    const statusOps = (pods: readonly PodObject[], error: string | undefined): WriteOp[] => {
      const minReadyMs = scaledMs(ctx.profile, rs.spec?.minReadySeconds ?? 0);
      const next = calculateStatus({ rs, pods, minReadyMs, now: ctx.now, outcome: { error } });
      const status = statusToWrite(rs, next);
      return status ? [updateOp('replicasets.apps', { ...rs, status })] : [];
    };
    const failed = (message: string, withEvent = true): WriteOp[] => [
      ...claims,
      ...statusOps(remaining, message),
      ...deleteEvents,
      ...(withEvent ? [this.event(ctx, rs, 'Warning', 'FailedCreate', `Error creating: ${message}`)] : []),
    ];
    if (createError !== undefined) {
      await this.commit(ctx, failed(createError));
      return createError;
    }
    const createEvents = creates.map((op) =>
      this.event(ctx, rs, 'Normal', 'SuccessfulCreate', `Created pod: ${op.object.metadata.name}`),
    );
    const made = creates.map((op) => op.object as PodObject);
    try {
      await this.commit(ctx, [
        ...claims,
        ...creates,
        ...createEvents,
        ...deleteEvents,
        ...statusOps([...remaining, ...made], undefined),
      ]);
    } catch (error) {
      if (!(error instanceof DomainError) || RETRY_CODES.has(error.code) || creates.length === 0) throw error;
      // The pods cannot be stored (the sandbox's object quota): report it as upstream does.
      const message = error.message;
      await this.commit(ctx, failed(message)).catch(async (again: unknown) => {
        // Not even the event fits: keep the claims and the failure condition.
        if (!(again instanceof DomainError) || again.code !== 'QUOTA_EXCEEDED') throw again;
        await this.commit(ctx, failed(message, false));
      });
      return message;
    }
    return undefined;
  }

  /** Deletes with the pods' grace periods, each only if still the same pod; returns those deleted. */
  private async deletePods(ctx: SandboxContext, rs: RsObject, pods: readonly PodObject[]): Promise<PodObject[]> {
    const deleted: PodObject[] = [];
    for (const pod of pods) {
      try {
        await this.objects.delete(this.podScope(ctx, rs), pod.metadata.name ?? '', {
          preconditions: { uid: pod.metadata.uid },
        });
        deleted.push(pod);
      } catch (error) {
        // Already gone, or replaced by a new pod of the same name: nothing of ours to delete.
        if (!(error instanceof DomainError) || !RETRY_CODES.has(error.code)) throw error;
      }
    }
    return deleted;
  }

  private podScope(ctx: SandboxContext, rs: RsObject): Scope {
    return { sandboxId: ctx.sandboxId, kind: RESOURCES.byStoreName('pods')!, namespace: rs.metadata.namespace };
  }

  private event(ctx: SandboxContext, rs: RsObject, type: 'Normal' | 'Warning', reason: string, message: string) {
    return eventOp({ involved: involvedObjectOf(rs), type, reason, message, source: SOURCE, now: ctx.now });
  }

  private async commit(ctx: SandboxContext, ops: WriteOp[]): Promise<void> {
    if (ops.length) await this.deps.store.commit(ctx.sandboxId, ops);
  }
}
