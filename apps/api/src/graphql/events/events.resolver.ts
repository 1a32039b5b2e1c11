import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CORE_EVENTS } from '@ksb/resources';
import { ListArgs } from '../common/connection';
import { SandboxObjects } from '../objects/sandbox-objects.service';
import { Sandbox } from '../sandboxes/sandbox.type';
import { toEvent } from './event.mapper';
import { EventConnection } from './event.type';

@Resolver(() => Sandbox)
export class SandboxEventsResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => EventConnection, { description: 'Kubernetes Events (core/v1), by namespace and name.' })
  events(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<EventConnection> {
    return this.objects.page(sandbox.id, CORE_EVENTS.storeName, args, toEvent);
  }
}
