import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DEPLOYMENTS, PODS, REPLICA_SETS, STATEFUL_SETS } from '@ksb/resources';
import { type Page, ListArgs } from '../common/connection';
import type { GraphqlContext } from '../context/graphql-context';
import { GenericObject } from '../objects/kube-object.type';
import { SandboxObjects } from '../objects/sandbox-objects.service';
import { toPod } from '../pods/pod.mapper';
import { Pod, PodConnection } from '../pods/pod.type';
import { Sandbox } from '../sandboxes/sandbox.type';
import { controllerOf } from '../objects/controller-of';
import { toDeployment, toReplicaSet, toStatefulSet } from './workload.mapper';
import {
  Deployment,
  DeploymentConnection,
  ReplicaSet,
  ReplicaSetConnection,
  StatefulSet,
  StatefulSetConnection,
} from './workload.type';

@Resolver(() => Sandbox)
export class SandboxWorkloadsResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => DeploymentConnection)
  deployments(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<DeploymentConnection> {
    return this.objects.page(sandbox.id, DEPLOYMENTS.storeName, args, (object) => toDeployment(object, sandbox.id));
  }

  @ResolveField(() => ReplicaSetConnection)
  replicaSets(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<ReplicaSetConnection> {
    return this.objects.page(sandbox.id, REPLICA_SETS.storeName, args, (object) => toReplicaSet(object, sandbox.id));
  }

  @ResolveField(() => StatefulSetConnection)
  statefulSets(@Parent() sandbox: Sandbox, @Args() args: ListArgs): Promise<StatefulSetConnection> {
    return this.objects.page(sandbox.id, STATEFUL_SETS.storeName, args, (object) => toStatefulSet(object, sandbox.id));
  }
}

type Workload = Deployment | ReplicaSet | StatefulSet;

/**
 * The pods a workload selects, in its namespace (the `namespace` argument does not apply): one read per
 * workload, as `kubectl get pods -l <selector>` does. A workload that selects nothing has no pods.
 */
function podsOf(objects: SandboxObjects, workload: Workload, args: ListArgs): Promise<Page<Pod>> {
  if (!workload.selectorString) {
    // No read: the page is as of the workload's own revision (subscribing from it misses nothing).
    const pageInfo = { hasNextPage: false, endCursor: null };
    return Promise.resolve({ nodes: [], pageInfo, resourceVersion: workload.metadata.resourceVersion });
  }
  const labelSelector = args.labelSelector
    ? `${workload.selectorString},${args.labelSelector}`
    : workload.selectorString;
  const scoped = { ...args, namespace: workload.metadata.namespace ?? undefined, labelSelector };
  return objects.page(workload.sandboxId, PODS.storeName, scoped, (pod) => toPod(pod, workload.sandboxId));
}

@Resolver(() => Deployment)
export class DeploymentFieldsResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => [ReplicaSet], {
    description: 'The ReplicaSets it controls (current and old), batched across the deployments of a response.',
  })
  async replicaSets(@Parent() deployment: Deployment, @Context() context: GraphqlContext): Promise<ReplicaSet[]> {
    const owned = await context.loaders.owned.load({
      sandboxId: deployment.sandboxId,
      resource: REPLICA_SETS.storeName,
      namespace: deployment.metadata.namespace ?? '',
      ownerUid: deployment.metadata.uid,
    });
    return owned.map((replicaSet) => toReplicaSet(replicaSet, deployment.sandboxId));
  }

  @ResolveField(() => PodConnection, { description: 'The pods its selector matches.' })
  pods(@Parent() deployment: Deployment, @Args() args: ListArgs): Promise<PodConnection> {
    return podsOf(this.objects, deployment, args);
  }
}

@Resolver(() => ReplicaSet)
export class ReplicaSetFieldsResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => GenericObject, { nullable: true, description: 'Its controller (e.g. the Deployment).' })
  owner(@Parent() replicaSet: ReplicaSet, @Context() context: GraphqlContext): Promise<GenericObject | null> {
    return controllerOf(replicaSet.sandboxId, replicaSet.metadata, context.loaders);
  }

  @ResolveField(() => PodConnection, { description: 'The pods its selector matches.' })
  pods(@Parent() replicaSet: ReplicaSet, @Args() args: ListArgs): Promise<PodConnection> {
    return podsOf(this.objects, replicaSet, args);
  }
}

@Resolver(() => StatefulSet)
export class StatefulSetFieldsResolver {
  constructor(private readonly objects: SandboxObjects) {}

  @ResolveField(() => PodConnection, { description: 'The pods its selector matches.' })
  pods(@Parent() statefulSet: StatefulSet, @Args() args: ListArgs): Promise<PodConnection> {
    return podsOf(this.objects, statefulSet, args);
  }
}
