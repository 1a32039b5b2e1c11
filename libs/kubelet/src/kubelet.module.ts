import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { DatabaseModule } from '@ksb/database';
import { ReconcileModule } from '@ksb/reconcile';
import { StoreModule } from '@ksb/store';
import { NodeAgentsRepository } from './agents/node-agents.repository';
import { NodeAgentsService } from './agents/node-agents.service';
import { KubeletController } from './kubelet.controller';

/** The simulated node agents (kubelets) of every sandbox. */
@Module({
  imports: [DatabaseModule, StoreModule, ReconcileModule, ControllerRuntimeModule],
  providers: [NodeAgentsRepository, NodeAgentsService, KubeletController],
  exports: [NodeAgentsRepository, NodeAgentsService, KubeletController],
})
export class KubeletModule {
  constructor(router: ChangeRouter, kubelet: KubeletController) {
    registerLoops(router, [kubelet]);
  }
}
