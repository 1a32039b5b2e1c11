import { Module } from '@nestjs/common';
import { KubeletModule } from '@ksb/kubelet';
import { SchedulerModule } from '@ksb/scheduler';
import { ControllersModule } from './controllers.module';

/**
 * Everything that drives a sandbox's cluster: controller-manager, scheduler and node agents. Imported by
 * every process: the API and Kubernetes endpoint route their writes to the loops' queues; the worker
 * also runs the loops (ChangeRouter.loops()).
 */
@Module({
  imports: [ControllersModule, SchedulerModule, KubeletModule],
  exports: [SchedulerModule, KubeletModule],
})
export class ControlPlaneModule {}
