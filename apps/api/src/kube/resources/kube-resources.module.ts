import { Module } from '@nestjs/common';
import { KubeObjectsModule } from '@ksb/kube-objects';
import { RedisModule } from '@ksb/redis';
import { ObjectsHandler } from './handlers/objects.handler';
import { KubeResourcesController } from './kube-resources.controller';

/** Discovery and the resource verbs of the Kubernetes endpoint. */
@Module({
  imports: [RedisModule, KubeObjectsModule],
  controllers: [KubeResourcesController],
  providers: [ObjectsHandler],
})
export class KubeResourcesModule {}
