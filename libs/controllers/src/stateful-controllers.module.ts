import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { KubeObjectsModule } from '@ksb/kube-objects';
import { ServiceAccountsController } from './serviceaccounts/serviceaccounts.controller';
import { StatefulSetController } from './statefulset/statefulset.controller';
import { PersistentVolumeController } from './volumes/persistentvolume.controller';

const LOOPS = [StatefulSetController, PersistentVolumeController, ServiceAccountsController] as const;

/** StatefulSet, PersistentVolume binder and ServiceAccount controllers. */
@Module({ imports: [ControllerRuntimeModule, KubeObjectsModule], providers: [...LOOPS], exports: [...LOOPS] })
export class StatefulControllersModule {
  constructor(
    router: ChangeRouter,
    statefulSets: StatefulSetController,
    volumes: PersistentVolumeController,
    serviceAccounts: ServiceAccountsController,
  ) {
    registerLoops(router, [statefulSets, volumes, serviceAccounts]);
  }
}
