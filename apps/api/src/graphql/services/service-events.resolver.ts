import { Args, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { SERVICES } from '@ksb/resources';
import type { Principal } from '@ksb/tenancy';
import { Viewer } from '../context/viewer.decorator';
import { eventOf } from '../subscriptions/event-of';
import type { EventStream, StreamItem } from '../subscriptions/event-stream';
import { EventStreams } from '../subscriptions/event-streams.service';
import { ObjectEvent, SubscriptionArgs } from '../subscriptions/object-event.type';
import { toService } from './service.mapper';
import { Service } from './service.type';

/** A change of one Service (the shape of PodEvent and NodeEvent). */
@ObjectType()
export class ServiceEvent extends ObjectEvent(Service) {}

@Resolver()
export class ServiceEventsResolver {
  constructor(private readonly streams: EventStreams) {}

  @Subscription(() => ServiceEvent, {
    description: "Changes of the sandbox's services, in revision order.",
    resolve: (item: StreamItem, args: SubscriptionArgs) =>
      eventOf(item, (service) => toService(service, args.sandboxId)),
  })
  serviceEvents(@Viewer() principal: Principal, @Args() args: SubscriptionArgs): Promise<EventStream> {
    return this.streams.open(principal, { ...args, resource: SERVICES.storeName });
  }
}
