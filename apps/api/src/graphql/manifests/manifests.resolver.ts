import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { Principal } from '@ksb/tenancy';
import { SandboxAccess } from '../access/sandbox-access.service';
import { Viewer } from '../context/viewer.decorator';
import { ApplyManifestResult } from './apply-result.type';
import { ManifestsService } from './manifests.service';

@Resolver()
export class ManifestsResolver {
  constructor(
    private readonly access: SandboxAccess,
    private readonly manifests: ManifestsService,
  ) {}

  @Mutation(() => ApplyManifestResult, {
    description:
      'Applies a multi-document YAML manifest (server-side apply). Every object is checked first; when any is ' +
      'refused, nothing is applied and each object says why (field paths in causes).',
  })
  async applyManifest(
    @Viewer() principal: Principal,
    @Args('sandboxId', { type: () => ID }) sandboxId: string,
    @Args('manifest') manifest: string,
    @Args('namespace', { nullable: true, description: 'For objects that name none (default: default)' })
    namespace?: string,
  ): Promise<ApplyManifestResult> {
    await this.access.write(principal, sandboxId);
    return this.manifests.apply(sandboxId, manifest, namespace ?? 'default');
  }
}
