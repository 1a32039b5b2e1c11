import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { KubeObjectsModule } from '@ksb/kube-objects';

const LOOPS = [] as const;

/** ReplicaSet and Deployment controllers. */
@Module({ imports: [ControllerRuntimeModule, KubeObjectsModule], providers: [...LOOPS] })
export class WorkloadControllersModule {
  constructor(router: ChangeRouter) {
    registerLoops(router, []);
  }
}
