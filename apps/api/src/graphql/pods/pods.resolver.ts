import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ListArgs } from '../common/connection';
import type { GraphqlContext } from '../context/graphql-context';
import { toNode, NodeObject } from '../nodes/node.type';
import { controllerOf } from '../objects/controller-of';
import { GenericObject } from '../objects/kube-object.type';
import { SandboxObjects } from '../objects/sandbox-objects.service';
import { Sandbox } from '../sandboxes/sandbox.type';
import { toPod } from './pod.mapper';
import { Pod, PodConnection } from './pod.type';

@Resolver(() => Sandbox)
export class SandboxPodsResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => PodConnection)
  pods(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<PodConnection> {
    return this.objects.page(sandbox.id, 'pods', args, (pod) => toPod(pod, sandbox.id));
  }
}

@Resolver(() => Pod)
export class PodFieldsResolver {
  @ResolveField(() => NodeObject, { nullable: true, description: 'The node it is bound to.' })
  async node(@Parent() pod: Pod, @Context() context: GraphqlContext): Promise<NodeObject | null> {
    if (!pod.nodeName) return null;
    const ref = { sandboxId: pod.sandboxId, resource: 'nodes', namespace: '', name: pod.nodeName };
    const node = await context.loaders.objects.load(ref);
    return node ? toNode(node, pod.sandboxId) : null;
  }

  @ResolveField(() => GenericObject, { nullable: true, description: 'Its controller (e.g. the ReplicaSet).' })
  owner(@Parent() pod: Pod, @Context() context: GraphqlContext): Promise<GenericObject | null> {
    return controllerOf(pod.sandboxId, pod.metadata, context.loaders);
  }
}
