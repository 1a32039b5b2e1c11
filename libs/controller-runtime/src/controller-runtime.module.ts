import { Module } from '@nestjs/common';
import { DatabaseModule } from '@ksb/database';
import { ReconcileModule } from '@ksb/reconcile';
import { RedisModule } from '@ksb/redis';
import { StoreModule } from '@ksb/store';
import { CLOCK, systemClock } from './clock/clock';
import { ControllerDeps } from './controller/sandbox-controller';
import { ResyncWatermarks } from './controller/resync-watermarks';
import { SandboxProfilesRepository } from './controller/sandbox-profiles.repository';
import { ChangeRouter } from './routing/change-router.service';

@Module({
  imports: [DatabaseModule, RedisModule, StoreModule, ReconcileModule],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    SandboxProfilesRepository,
    ResyncWatermarks,
    ControllerDeps,
    ChangeRouter,
  ],
  exports: [CLOCK, SandboxProfilesRepository, ControllerDeps, ChangeRouter],
})
export class ControllerRuntimeModule {}
