import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { KubeObjectsModule } from '@ksb/kube-objects';
import { DaemonSetController } from './daemonset/daemonset.controller';
import { EndpointsController } from './endpoints/endpoints.controller';
import { EndpointSliceController } from './endpointslices/endpointslice.controller';
import { GarbageCollectorController } from './garbage-collector/garbage-collector.controller';
import { NamespaceController } from './namespace/namespace.controller';

const LOOPS = [
  EndpointsController,
  EndpointSliceController,
  DaemonSetController,
  GarbageCollectorController,
  NamespaceController,
] as const;

/** Endpoints, EndpointSlice, DaemonSet, garbage collector and namespace controllers. */
@Module({ imports: [ControllerRuntimeModule, KubeObjectsModule], providers: [...LOOPS], exports: [...LOOPS] })
export class ClusterControllersModule {
  constructor(
    router: ChangeRouter,
    endpoints: EndpointsController,
    slices: EndpointSliceController,
    daemonSets: DaemonSetController,
    garbageCollector: GarbageCollectorController,
    namespaces: NamespaceController,
  ) {
    registerLoops(router, [endpoints, slices, daemonSets, garbageCollector, namespaces]);
  }
}
