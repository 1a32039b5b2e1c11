import { Module } from '@nestjs/common';
import { EncryptionModule } from '@ksb/encryption';
import { ChangesRepository } from './changes/changes.repository';
import { CompactionReconciler } from './compaction/compaction.reconciler';
import { EventTtlReconciler } from './events-ttl/event-ttl.reconciler';
import { AtRestEncryption } from './encryption/at-rest-encryption';
import { ObjectsRepository } from './objects/objects.repository';
import { StoreService } from './store.service';
import { WatchHub } from './watch/watch-hub.service';

@Module({
  imports: [EncryptionModule],
  providers: [
    AtRestEncryption,
    ObjectsRepository,
    ChangesRepository,
    WatchHub,
    StoreService,
    CompactionReconciler,
    EventTtlReconciler,
  ],
  exports: [StoreService, CompactionReconciler, EventTtlReconciler],
})
export class StoreModule {}
