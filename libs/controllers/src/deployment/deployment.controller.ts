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
import { matchesLabels } from '@ksb/selectors';
import type { KubeObject, WriteOp } from '@ksb/store';
import { claimOf } from '../replicaset/claim';
import { type PodObject, type RsObject, selectorOf } from '../replicaset/replicaset-sync';
import { type DeploymentSyncResult, syncDeployment } from './deployment-sync';
import type { DeployObject } from './rollout-math';

const SOURCE = { component: 'deployment-controller' };
const FIELD_MANAGER = 'kube-controller-manager';
const RS_RESOURCE = 'replicasets.apps';

const byAge = (a: KubeObject, b: KubeObject): number =>
  (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '') ||
  (a.metadata.name ?? '').localeCompare(b.metadata.name ?? '');

const adoptedBy = (rs: RsObject, d: DeployObject): RsObject => ({
  ...rs,
  metadata: {
    ...rs.metadata,
    ownerReferences: [
      ...(rs.metadata.ownerReferences ?? []),
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: d.metadata.name ?? '',
        uid: d.metadata.uid ?? '',
        controller: true,
        blockOwnerDeletion: true,
      },
    ],
  },
});

/**
 * The Deployment controller: each Deployment owns the ReplicaSets its selector matches, one per pod
 * template (named by the template's hash), and rolls from the old ones to the new one by its strategy
 * (RollingUpdate within maxSurge/maxUnavailable, or Recreate), keeping revisions, history and the
 * progress conditions `kubectl rollout status` reads. The ReplicaSet controller makes the pods.
 */
@Injectable()
export class DeploymentController extends SandboxController {
  readonly name = 'deployment';
  readonly triggers = ['deployments.apps', 'replicasets.apps', 'pods'] as const;
  override get resyncResources(): readonly string[] {
    return ['deployments.apps'];
  }

  constructor(
    deps: ControllerDeps,
    private readonly objects: ObjectsService,
  ) {
    super(deps);
  }

  protected async reconcileSandbox(ctx: SandboxContext): Promise<ReconcileResult> {
    const { store } = this.deps;
    // Owners first: without Deployments there is nothing to read further.
    const deployments = await listObjects<DeployObject>(store, ctx.sandboxId, 'deployments.apps');
    if (deployments.length === 0) return {};
    const [listed, pods] = await Promise.all([
      listObjects<RsObject>(store, ctx.sandboxId, RS_RESOURCE),
      listObjects<PodObject>(store, ctx.sandboxId, 'pods'),
    ]);
    let replicaSets = listed;
    const delays: Array<number | undefined> = [];
    const failures: string[] = [];
    for (const d of [...deployments].sort(byAge)) {
      const selector = selectorOf(d);
      if (!selector) continue;
      const namespace = d.metadata.namespace;
      // getReplicaSetsForDeployment: adopt matching orphans, release what no longer matches.
      const claimed: RsObject[] = [];
      const changed = new Map<string, RsObject>();
      for (const rs of replicaSets.filter((candidate) => candidate.metadata.namespace === namespace)) {
        const claim = claimOf(d, rs, matchesLabels(selector, rs.metadata.labels));
        if (claim === 'owned') claimed.push(rs);
        if (claim === 'adopt') {
          const adopted = adoptedBy(rs, d);
          changed.set(rs.metadata.uid ?? '', adopted);
          claimed.push(adopted);
        }
        if (claim === 'release') changed.set(rs.metadata.uid ?? '', release(rs, d));
      }
      replicaSets = replicaSets.map((rs) => changed.get(rs.metadata.uid ?? '') ?? rs);
      const result = syncDeployment({
        deployment: d,
        replicaSets: claimed,
        namespaceReplicaSets: replicaSets.filter((rs) => rs.metadata.namespace === namespace),
        pods: pods.filter(
          (pod) => pod.metadata.namespace === namespace && matchesLabels(selector, pod.metadata.labels),
        ),
        now: ctx.now,
        deadlineMs: scaledMs(ctx.profile, d.spec?.progressDeadlineSeconds ?? 600),
        validate: (rs) => void this.prepareReplicaSet(ctx, rs),
      });
      await this.write(ctx, d, result, changed);
      if (result.error) failures.push(result.error);
      delays.push(result.requeueMs);
    }
    if (failures.length) throw new Error(failures.join('; '));
    return requeueAfter(earliest(...delays));
  }

  /** The sync's writes in one commit (claims, ReplicaSets, the Deployment, events), then history cleanup. */
  private async write(
    ctx: SandboxContext,
    d: DeployObject,
    result: DeploymentSyncResult,
    claims: Map<string, RsObject>,
  ): Promise<void> {
    const updates = new Map(claims);
    for (const rs of result.updated) updates.set(rs.metadata.uid ?? '', rs);
    const ops: WriteOp[] = [
      ...[...updates.values()].map((rs) => updateOp(RS_RESOURCE, rs)),
      ...result.created.map((rs) => this.prepareReplicaSet(ctx, rs)),
      ...(result.deploymentChanged ? [updateOp('deployments.apps', result.deployment)] : []),
      ...result.events.map((event) =>
        eventOp({ involved: involvedObjectOf(d), ...event, source: SOURCE, now: ctx.now }),
      ),
    ];
    if (ops.length) await this.deps.store.commit(ctx.sandboxId, ops);
    for (const rs of result.deleted) {
      try {
        await this.objects.delete(this.scope(ctx, rs), rs.metadata.name ?? '', {
          preconditions: { uid: rs.metadata.uid },
        });
      } catch (error) {
        if (!(error instanceof DomainError) || (error.code !== 'NOT_FOUND' && error.code !== 'CONFLICT')) throw error;
      }
    }
  }

  /** The create of a new ReplicaSet with the API server's defaults and validation (throws when invalid). */
  private prepareReplicaSet(ctx: SandboxContext, rs: RsObject): WriteOp {
    return this.objects.prepareCreate(this.scope(ctx, rs), rs, { fieldManager: FIELD_MANAGER });
  }

  private scope(ctx: SandboxContext, rs: RsObject): Scope {
    return { sandboxId: ctx.sandboxId, kind: RESOURCES.byStoreName(RS_RESOURCE)!, namespace: rs.metadata.namespace };
  }
}
