import { Injectable } from '@nestjs/common';
import {
  CONTROLLER_MANAGER,
  ControllerDeps,
  eventOp,
  involvedObjectOf,
  listObjects,
  type SandboxContext,
  SandboxController,
  updateOp,
} from '@ksb/controller-runtime';
import { kindFor as kindOf, ObjectsService } from '@ksb/kube-objects';
import type { ReconcileResult } from '@ksb/reconcile';
import type { KubeObject, WriteOp } from '@ksb/store';
import { planBinding, type VolumeEvent } from './binder.logic';
import type { ClaimObject, ClassObject, NodeObject, PodObject, VolumeObject } from './volume-types';

const CLAIMS = 'persistentvolumeclaims';
const VOLUMES = 'persistentvolumes';

/** Removing the last finalizer of an object being deleted removes it (the store's update does the same). */
function writeOp(resource: string, object: KubeObject): WriteOp {
  const meta = object.metadata;
  if (meta.deletionTimestamp && !meta.finalizers?.length && !meta.deletionGracePeriodSeconds) {
    const { op: _update, ...target } = updateOp(resource, object) as Extract<WriteOp, { op: 'update' }>;
    return { ...target, op: 'delete' };
  }
  return updateOp(resource, object);
}

/**
 * The persistent volume binder with dynamic provisioning, PVC and PV protection (binder.logic.ts decides).
 * Provisioning is done by a simulated provisioner named as each StorageClass says.
 */
@Injectable()
export class PersistentVolumeController extends SandboxController {
  readonly name = 'persistentvolume';
  readonly triggers = [CLAIMS, VOLUMES, 'pods', 'storageclasses.storage.k8s.io'];

  constructor(
    deps: ControllerDeps,
    private readonly objects: ObjectsService,
  ) {
    super(deps);
  }

  override get resyncResources(): readonly string[] {
    return [CLAIMS, VOLUMES];
  }

  protected async reconcileSandbox(context: SandboxContext): Promise<ReconcileResult> {
    const { store } = this.deps;
    const { sandboxId } = context;
    const [claims, volumes] = await Promise.all([
      listObjects<ClaimObject>(store, sandboxId, CLAIMS),
      listObjects<VolumeObject>(store, sandboxId, VOLUMES),
    ]);
    if (!claims.length && !volumes.length) return {};
    const [classes, pods, nodes] = await Promise.all([
      listObjects<ClassObject>(store, sandboxId, 'storageclasses.storage.k8s.io'),
      listObjects<PodObject>(store, sandboxId, 'pods'),
      listObjects<NodeObject>(store, sandboxId, 'nodes'),
    ]);
    const plan = planBinding({ claims, volumes, classes, pods, nodes, now: context.now });
    const ops: WriteOp[] = [
      ...plan.updateVolumes.map((volume) => writeOp(VOLUMES, volume)),
      ...plan.createVolumes.map((volume) =>
        this.objects.prepareCreate({ sandboxId, kind: kindOf(VOLUMES) }, volume, { fieldManager: CONTROLLER_MANAGER }),
      ),
      ...plan.updateClaims.map((claim) => writeOp(CLAIMS, claim)),
    ];
    for (const event of plan.events) {
      if (event.once && (await this.reported(sandboxId, event))) continue;
      ops.push(
        eventOp({
          involved: involvedObjectOf(event.involved),
          type: event.type,
          reason: event.reason,
          message: event.message,
          source: { component: event.component },
          now: context.now,
        }),
      );
    }
    await store.commit(sandboxId, ops);
    return {};
  }

  /** Whether the object already has an event with this reason (a waiting state is reported once). */
  private async reported(sandboxId: string, event: VolumeEvent): Promise<boolean> {
    const uid = event.involved.metadata.uid ?? '';
    const found = await this.deps.store.list({
      sandboxId,
      resource: 'events',
      namespace: event.involved.metadata.namespace ?? 'default',
      fieldSelector: [
        { field: 'involvedObject.uid', operator: 'Equals', value: uid },
        { field: 'reason', operator: 'Equals', value: event.reason },
      ],
      limit: 1,
    });
    return found.items.length > 0;
  }
}
