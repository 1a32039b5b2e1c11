import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CONFIG_MAPS, SECRETS } from '@ksb/resources';
import type { Principal } from '@ksb/tenancy';
import { SandboxAccess } from '../access/sandbox-access.service';
import { ListArgs } from '../common/connection';
import { Viewer } from '../context/viewer.decorator';
import { SandboxObjects } from '../objects/sandbox-objects.service';
import { Sandbox } from '../sandboxes/sandbox.type';
import { toConfigMap, toSecret } from './config.mapper';
import { ConfigMapConnection, SecretConnection } from './config.type';

@Resolver(() => Sandbox)
export class SandboxConfigResolver {
  constructor(
    private readonly objects: SandboxObjects,
    private readonly access: SandboxAccess,
  ) {}

  @ResolveField(() => ConfigMapConnection)
  configMaps(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<ConfigMapConnection> {
    return this.objects.page(sandbox.id, CONFIG_MAPS.storeName, args, toConfigMap);
  }

  @ResolveField(() => SecretConnection, { description: 'Values only for tokens that may write the sandbox.' })
  secrets(
    @Parent() sandbox: Sandbox,
    @Viewer() principal: Principal,
    @Args() args: ListArgs,
  ): Promise<SecretConnection> {
    const mayRead = this.access.mayReadSecrets(principal, sandbox);
    return this.objects.page(sandbox.id, SECRETS.storeName, args, (secret) => toSecret(secret, mayRead));
  }
}
