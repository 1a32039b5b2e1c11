import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { INGRESSES } from '@ksb/resources';
import { ListArgs } from '../common/connection';
import { SandboxObjects } from '../objects/sandbox-objects.service';
import { Sandbox } from '../sandboxes/sandbox.type';
import { toIngress } from './ingress.mapper';
import { IngressConnection } from './ingress.type';

@Resolver(() => Sandbox)
export class SandboxIngressesResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => IngressConnection)
  ingresses(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<IngressConnection> {
    return this.objects.page(sandbox.id, INGRESSES.storeName, args, toIngress);
  }
}
