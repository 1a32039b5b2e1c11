import { Module } from '@nestjs/common';
import { KubeObjectsModule } from '@ksb/kube-objects';
import { KubeletModule } from '@ksb/kubelet';
import { SandboxesModule } from '@ksb/sandboxes';
import { FaultsController } from './faults.controller';
import { FaultsService } from './faults.service';

/** Fault injection: the REST routes here, the service shared with GraphQL's mutations. */
@Module({
  imports: [SandboxesModule, KubeletModule, KubeObjectsModule],
  controllers: [FaultsController],
  providers: [FaultsService],
  exports: [FaultsService],
})
export class FaultsModule {}
