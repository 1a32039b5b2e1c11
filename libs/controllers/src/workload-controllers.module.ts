import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { KubeObjectsModule } from '@ksb/kube-objects';
import { DeploymentController } from './deployment/deployment.controller';
import { ReplicaSetController } from './replicaset/replicaset.controller';

const LOOPS = [ReplicaSetController, DeploymentController] as const;

/** ReplicaSet and Deployment controllers. */
@Module({ imports: [ControllerRuntimeModule, KubeObjectsModule], providers: [...LOOPS], exports: [...LOOPS] })
export class WorkloadControllersModule {
  constructor(router: ChangeRouter, replicaSets: ReplicaSetController, deployments: DeploymentController) {
    registerLoops(router, [replicaSets, deployments]);
  }
}
