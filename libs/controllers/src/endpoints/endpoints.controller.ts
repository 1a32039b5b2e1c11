import { Injectable } from '@nestjs/common';
import {
  CONTROLLER_MANAGER,
  ControllerDeps,
  deleteOp,
  listObjects,
  SandboxController,
  type SandboxContext,
  updateOp,
} from '@ksb/controller-runtime';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import type { ReconcileResult } from '@ksb/reconcile';
import type { WriteOp } from '@ksb/store';
import { planEndpoints, writtenByController } from './endpoints.logic';
import { terminatingNamespaces, podsSelectedByServices } from './service-pods';
import { requeueIfGone } from './object-gone';

/** The endpoints controller: an Endpoints object per Service with a selector, listing its pods' addresses. */
@Injectable()
export class EndpointsController extends SandboxController {
  readonly name = 'endpoints';
  readonly triggers = ['services', 'pods', 'endpoints'] as const;

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
    const store = this.deps.store;
    const services = await listObjects(store, sandboxId, 'services');
    const [pods, endpoints, namespaces] = await Promise.all([
      podsSelectedByServices(store, sandboxId, services),
      listObjects(store, sandboxId, 'endpoints'),
      listObjects(store, sandboxId, 'namespaces'),
    ]);
    const plan = planEndpoints({
      services,
      pods,
      endpoints,
      terminating: terminatingNamespaces(namespaces),
      isManaged: (object) => writtenByController(object, CONTROLLER_MANAGER),
    });
    const kind = kindFor('endpoints');
    const ops: WriteOp[] = [
      ...plan.create.map((object) =>
        this.objects.prepareCreate({ sandboxId, kind, namespace: object.metadata.namespace }, object, {
          fieldManager: CONTROLLER_MANAGER,
        }),
      ),
      ...plan.update.map((object) => updateOp('endpoints', object)),
      ...plan.delete.map((object) => deleteOp('endpoints', object)),
    ];
    await store.commit(sandboxId, ops);
    return {};
  }
}
