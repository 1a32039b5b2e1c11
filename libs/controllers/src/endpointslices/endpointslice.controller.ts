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

import type { KubeObject, WriteOp } from '@ksb/store';
import {
  asPod,
  asService,
  managesEndpoints,
  terminatingNamespaces,
  podsSelectedByServices,
} from '../endpoints/service-pods';
import { desiredGroups } from './slice-endpoints';
import { isManagedSliceOf, planServiceSlices, type SlicePlan } from './slice-reconciler';
import { requeueIfGone } from '../endpoints/object-gone';

const SLICES = 'endpointslices.discovery.k8s.io';

/**
 * The EndpointSlice controller: for every Service with a selector, slices of at most 100 endpoints
 * (ready/serving/terminating, node, zone) owned by the Service; the garbage collector removes them
 * with their Service.
 */
@Injectable()
export class EndpointSliceController extends SandboxController {
  readonly name = 'endpointslice';
  readonly triggers = ['services', 'pods', SLICES, 'nodes'] as const;

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
    const [podObjects, slices, nodes, namespaces] = await Promise.all([
      podsSelectedByServices(store, sandboxId, services),
      listObjects(store, sandboxId, SLICES),
      listObjects(store, sandboxId, 'nodes'),
      listObjects(store, sandboxId, 'namespaces'),
    ]);
    const pods = podObjects.map(asPod);
    const nodesByName = new Map(nodes.map((node) => [node.metadata.name ?? '', node]));
    const terminating = terminatingNamespaces(namespaces);
    const plan: SlicePlan = { create: [], update: [], delete: [] };
    for (const service of services) {
      if (!managesEndpoints(asService(service))) continue;
      const namespace = service.metadata.namespace ?? '';
      const existing = slices.filter((slice) => isManagedSliceOf(slice, namespace, service.metadata.name ?? ''));
      const servicePlan = planServiceSlices(service, desiredGroups(asService(service), pods, nodesByName), existing);
      // Nothing new for a Service being deleted (the garbage collector is removing its slices), nor in a
      // namespace being deleted.
      if (!terminating.has(namespace) && !service.metadata.deletionTimestamp) plan.create.push(...servicePlan.create);
      plan.update.push(...servicePlan.update);
      plan.delete.push(...servicePlan.delete);
    }
    const kind = kindFor(SLICES);
    const ops: WriteOp[] = [
      ...plan.create.map((slice: KubeObject) =>
        this.objects.prepareCreate({ sandboxId, kind, namespace: slice.metadata.namespace }, slice, {
          fieldManager: CONTROLLER_MANAGER,
        }),
      ),
      ...plan.update.map((slice) => updateOp(SLICES, slice)),
      ...plan.delete.map((slice) => deleteOp(SLICES, slice)),
    ];
    await store.commit(sandboxId, ops);
    return {};
  }
}
