import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ListArgs } from '../common/connection';
import { SandboxObjects } from '../objects/sandbox-objects.service';
import { toPod } from '../pods/pod.mapper';
import { PodConnection } from '../pods/pod.type';
import { Sandbox } from '../sandboxes/sandbox.type';
import { NodeConnection, NodeObject, toNode } from './node.type';

@Resolver(() => Sandbox)
export class SandboxNodesResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => NodeConnection)
  nodes(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<NodeConnection> {
    return this.objects.page(sandbox.id, 'nodes', args, (node) => toNode(node, sandbox.id));
  }
}

@Resolver(() => NodeObject)
export class NodeFieldsResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => PodConnection, { description: 'Pods bound to this node.' })
  pods(@Parent() node: NodeObject, @Args() args: ListArgs): Promise<PodConnection> {
    const onNode = `spec.nodeName=${node.metadata.name}`;
    return this.objects.page(node.sandboxId, 'pods', args, (pod) => toPod(pod, node.sandboxId), onNode);
  }
}
