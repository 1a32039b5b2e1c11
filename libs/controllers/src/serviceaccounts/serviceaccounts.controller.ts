import { Injectable } from '@nestjs/common';
import {
  CONTROLLER_MANAGER,
  ControllerDeps,
  listObjects,
  type SandboxContext,
  SandboxController,
} from '@ksb/controller-runtime';
import { kindFor as kindOf, ObjectsService } from '@ksb/kube-objects';
import type { ReconcileResult } from '@ksb/reconcile';
import type { KubeObject } from '@ksb/store';
import { missingDefaultAccounts } from './serviceaccounts.logic';

/** Creates (and recreates) the "default" ServiceAccount of every active namespace. */
@Injectable()
export class ServiceAccountsController extends SandboxController {
  readonly name = 'serviceaccount';
  readonly triggers = ['namespaces', 'serviceaccounts'];

  constructor(
    deps: ControllerDeps,
    private readonly objects: ObjectsService,
  ) {
    super(deps);
  }

  protected async reconcileSandbox({ sandboxId }: SandboxContext): Promise<ReconcileResult> {
    const { store } = this.deps;
    const [namespaces, accounts] = await Promise.all([
      listObjects<KubeObject>(store, sandboxId, 'namespaces'),
      listObjects<KubeObject>(store, sandboxId, 'serviceaccounts'),
    ]);
    const ops = missingDefaultAccounts(namespaces, accounts).map((account) =>
      this.objects.prepareCreate(
        { sandboxId, kind: kindOf('serviceaccounts'), namespace: account.metadata.namespace },
        account,
        { fieldManager: CONTROLLER_MANAGER },
      ),
    );
    await this.deps.store.commit(sandboxId, ops);
    return {};
  }
}
