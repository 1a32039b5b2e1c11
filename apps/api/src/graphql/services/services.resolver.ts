import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { SERVICES } from '@ksb/resources';
import { ListArgs } from '../common/connection';
import type { GraphqlContext } from '../context/graphql-context';
import { SandboxObjects } from '../objects/sandbox-objects.service';
import { Sandbox } from '../sandboxes/sandbox.type';
import { toEndpoints, toService } from './service.mapper';
import { Endpoint, Service, ServiceConnection } from './service.type';

@Resolver(() => Sandbox)
export class SandboxServicesResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => ServiceConnection)
  services(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<ServiceConnection> {
    return this.objects.page(sandbox.id, SERVICES.storeName, args, (service) => toService(service, sandbox.id));
  }
}

@Resolver(() => Service)
export class ServiceFieldsResolver {
  @ResolveField(() => [Endpoint], {
    description: 'The addresses behind the service, from its EndpointSlices (label kubernetes.io/service-name).',
  })
  async endpoints(@Parent() service: Service, @Context() context: GraphqlContext): Promise<Endpoint[]> {
    const slices = await context.loaders.endpointSlices.load({
      sandboxId: service.sandboxId,
      namespace: service.metadata.namespace ?? '',
      name: service.metadata.name,
    });
    return toEndpoints(slices);
  }
}
