import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { KubeObjectsModule } from '@ksb/kube-objects';

const LOOPS = [] as const;

/** StatefulSet, PersistentVolume binder and ServiceAccount controllers. */
@Module({ imports: [ControllerRuntimeModule, KubeObjectsModule], providers: [...LOOPS] })
export class StatefulControllersModule {
  constructor(router: ChangeRouter) {
    registerLoops(router, []);
  }
}
