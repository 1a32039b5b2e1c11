import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { PERSISTENT_VOLUME_CLAIMS, PERSISTENT_VOLUMES } from '@ksb/resources';
import { ListArgs } from '../common/connection';
import type { GraphqlContext } from '../context/graphql-context';
import { SandboxObjects } from '../objects/sandbox-objects.service';
import { Sandbox } from '../sandboxes/sandbox.type';
import { toPersistentVolume, toPersistentVolumeClaim } from './volume.mapper';
import {
  PersistentVolume,
  PersistentVolumeClaim,
  PersistentVolumeClaimConnection,
  PersistentVolumeConnection,
} from './volume.type';

@Resolver(() => Sandbox)
export class SandboxVolumesResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => PersistentVolumeClaimConnection)
  persistentVolumeClaims(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<PersistentVolumeClaimConnection> {
    return this.objects.page(sandbox.id, PERSISTENT_VOLUME_CLAIMS.storeName, args, (claim) =>
      toPersistentVolumeClaim(claim, sandbox.id),
    );
  }

  @ResolveField(() => PersistentVolumeConnection, { description: 'Cluster-scoped: the namespace argument is ignored.' })
  persistentVolumes(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<PersistentVolumeConnection> {
    return this.objects.page(sandbox.id, PERSISTENT_VOLUMES.storeName, args, toPersistentVolume);
  }
}

@Resolver(() => PersistentVolumeClaim)
export class PersistentVolumeClaimFieldsResolver {
  @ResolveField(() => PersistentVolume, { nullable: true, description: 'The volume it is bound to.' })
  async volume(
    @Parent() claim: PersistentVolumeClaim,
    @Context() context: GraphqlContext,
  ): Promise<PersistentVolume | null> {
    if (!claim.volumeName) return null;
    const volume = await context.loaders.objects.load({
      sandboxId: claim.sandboxId,
      resource: PERSISTENT_VOLUMES.storeName,
      namespace: '',
      name: claim.volumeName,
    });
    return volume ? toPersistentVolume(volume) : null;
  }
}
