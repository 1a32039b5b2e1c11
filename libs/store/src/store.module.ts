import { Module } from '@nestjs/common';
import { ChangesRepository } from './changes/changes.repository';
import { CompactionReconciler } from './compaction/compaction.reconciler';
import { ObjectsRepository } from './objects/objects.repository';
import { StoreService } from './store.service';
import { WatchHub } from './watch/watch-hub.service';

@Module({
  providers: [ObjectsRepository, ChangesRepository, WatchHub, StoreService, CompactionReconciler],
  exports: [StoreService, CompactionReconciler],
})
export class StoreModule {}
