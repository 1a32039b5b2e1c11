import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { KubeObjectsModule } from '@ksb/kube-objects';

const LOOPS = [] as const;

/** The node lifecycle controller. */
@Module({ imports: [ControllerRuntimeModule, KubeObjectsModule], providers: [...LOOPS] })
export class NodeLifecycleModule {
  constructor(router: ChangeRouter) {
    registerLoops(router, []);
  }
}
