import { Args, Field, ID, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import type { Principal } from '@ksb/tenancy';
import { FaultsService } from '../../faults/faults.service';
import { Viewer } from '../context/viewer.decorator';

@ObjectType({ description: "A node's simulated kubelet." })
export class NodeAgent {
  @Field() node!: string;
  @Field({ description: 'Running or Stopped' }) agent!: string;
  @Field(() => String, { nullable: true }) stoppedAt!: string | null;
}

@ObjectType()
export class KilledPod {
  @Field() namespace!: string;
  @Field() name!: string;
  @Field() uid!: string;
  @Field() killed!: boolean;
}

/** Fault injection (the sandbox owner's or a tenant admin's token), as on the REST API. */
@Resolver()
export class FaultsResolver {
  constructor(private readonly faults: FaultsService) {}

  @Mutation(() => NodeAgent, { description: "Stops a node's kubelet: the node turns NotReady and its pods move." })
  stopNode(
    @Viewer() principal: Principal,
    @Args('sandboxId', { type: () => ID }) sandboxId: string,
    @Args('node') node: string,
  ): Promise<NodeAgent> {
    return this.faults.stopNode(principal, sandboxId, node);
  }

  @Mutation(() => NodeAgent, { description: "Restarts a stopped node's kubelet." })
  restoreNode(
    @Viewer() principal: Principal,
    @Args('sandboxId', { type: () => ID }) sandboxId: string,
    @Args('node') node: string,
  ): Promise<NodeAgent> {
    return this.faults.restoreNode(principal, sandboxId, node);
  }

  @Mutation(() => KilledPod, { description: 'Kills a pod at once, as if it crashed; its controller replaces it.' })
  killPod(
    @Viewer() principal: Principal,
    @Args('sandboxId', { type: () => ID }) sandboxId: string,
    @Args('namespace', { defaultValue: 'default' }) namespace: string,
    @Args('name') name: string,
  ): Promise<KilledPod> {
    return this.faults.killPod(principal, sandboxId, namespace, name);
  }
}
