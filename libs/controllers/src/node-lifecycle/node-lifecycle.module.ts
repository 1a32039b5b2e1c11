import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { KubeObjectsModule } from '@ksb/kube-objects';
import { KubeletModule } from '@ksb/kubelet';
import { NodeLifecycleController } from './node-lifecycle.controller';

/** The node lifecycle controller (with its taint manager). */
@Module({
  imports: [ControllerRuntimeModule, KubeObjectsModule, KubeletModule],
  providers: [NodeLifecycleController],
  exports: [NodeLifecycleController],
})
export class NodeLifecycleModule {
  constructor(router: ChangeRouter, controller: NodeLifecycleController) {
    registerLoops(router, [controller]);
  }
}
