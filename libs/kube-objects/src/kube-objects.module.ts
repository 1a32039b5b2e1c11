import { Module } from '@nestjs/common';
import { StoreModule } from '@ksb/store';
import { AdmissionService } from './admission/admission.service';
import { ServiceAllocator } from './admission/services/service-allocator';
import { ObjectsService } from './objects.service';
import { PodSubresourcesService } from './pods/pod-subresources.service';

@Module({
  imports: [StoreModule],
  providers: [ObjectsService, PodSubresourcesService, AdmissionService, ServiceAllocator],
  exports: [ObjectsService, PodSubresourcesService],
})
export class KubeObjectsModule {}
