import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { KubeObjectsModule } from '@ksb/kube-objects';

const LOOPS = [] as const;

/** Endpoints, EndpointSlice, DaemonSet, garbage collector and namespace controllers. */
@Module({ imports: [ControllerRuntimeModule, KubeObjectsModule], providers: [...LOOPS] })
export class ClusterControllersModule {
  constructor(router: ChangeRouter) {
    registerLoops(router, []);
  }
}
