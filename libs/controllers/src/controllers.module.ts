import { Module } from '@nestjs/common';
import { ClusterControllersModule } from './cluster-controllers.module';
import { NodeLifecycleModule } from './node-lifecycle/node-lifecycle.module';
import { StatefulControllersModule } from './stateful-controllers.module';
import { WorkloadControllersModule } from './workload-controllers.module';

/** The controller-manager: every controller, registered with the change router (the worker runs them). */
@Module({
  imports: [WorkloadControllersModule, StatefulControllersModule, ClusterControllersModule, NodeLifecycleModule],
})
export class ControllersModule {}
