import { Module } from '@nestjs/common';
import { StoreModule } from '@ksb/store';
import { ObjectsService } from './objects.service';
import { PodSubresourcesService } from './pods/pod-subresources.service';

@Module({
  imports: [StoreModule],
  providers: [ObjectsService, PodSubresourcesService],
  exports: [ObjectsService, PodSubresourcesService],
})
export class KubeObjectsModule {}
