import { Args, Resolver, Subscription } from '@nestjs/graphql';
import type { Principal } from '@ksb/tenancy';
import { Viewer } from '../context/viewer.decorator';
import { toNode } from '../nodes/node.type';
import { toPod } from '../pods/pod.mapper';
import { toGenericObject } from '../objects/kube-object.type';
import { eventOf } from './event-of';
import type { EventStream, StreamItem } from './event-stream';
import { EventStreams } from './event-streams.service';
import { NodeEvent, PodEvent, SandboxEvent, SubscriptionArgs } from './object-event.type';

@Resolver()
export class SubscriptionsResolver {
  constructor(private readonly streams: EventStreams) {}

  @Subscription(() => PodEvent, {
    description: "Changes of the sandbox's pods, in revision order.",
    resolve: (item: StreamItem, args: SubscriptionArgs) => eventOf(item, (pod) => toPod(pod, args.sandboxId)),
  })
  podEvents(@Viewer() principal: Principal, @Args() args: SubscriptionArgs): Promise<EventStream> {
    return this.streams.open(principal, { ...args, resource: 'pods' });
  }

  @Subscription(() => NodeEvent, {
    description: "Changes of the sandbox's nodes.",
    resolve: (item: StreamItem, args: SubscriptionArgs) => eventOf(item, (node) => toNode(node, args.sandboxId)),
  })
  nodeEvents(@Viewer() principal: Principal, @Args() args: SubscriptionArgs): Promise<EventStream> {
    return this.streams.open(principal, { ...args, namespace: undefined, resource: 'nodes' });
  }

  @Subscription(() => SandboxEvent, {
    description: 'Changes of every object of the sandbox, Kubernetes Events included.',
    resolve: (item: StreamItem) => eventOf(item, toGenericObject),
  })
  sandboxEvents(@Viewer() principal: Principal, @Args() args: SubscriptionArgs): Promise<EventStream> {
    return this.streams.open(principal, args);
  }
}
