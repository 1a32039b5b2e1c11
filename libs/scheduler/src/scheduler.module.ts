import { Module } from '@nestjs/common';
import { ChangeRouter, ControllerRuntimeModule, registerLoops } from '@ksb/controller-runtime';
import { DatabaseModule } from '@ksb/database';
import { SchedulerController } from './runner/scheduler.controller';
import { SchedulingDecisionsRepository } from './runner/scheduling-decisions.repository';

/** kube-scheduler: the scheduling loop of every sandbox and its decision log. */
@Module({
  imports: [DatabaseModule, ControllerRuntimeModule],
  providers: [SchedulingDecisionsRepository, SchedulerController],
  exports: [SchedulingDecisionsRepository, SchedulerController],
})
export class SchedulerModule {
  constructor(router: ChangeRouter, scheduler: SchedulerController) {
    registerLoops(router, [scheduler]);
  }
}
