import { Module } from '@nestjs/common';
import { StoreModule } from '@ksb/store';
import { ObjectsService } from './objects.service';

@Module({ imports: [StoreModule], providers: [ObjectsService], exports: [ObjectsService] })
export class KubeObjectsModule {}
