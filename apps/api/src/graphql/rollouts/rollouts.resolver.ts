import { Args, ID, Int, Mutation, Resolver } from '@nestjs/graphql';
import { DomainError } from '@ksb/errors';
import type { Principal } from '@ksb/tenancy';
import { SandboxAccess } from '../access/sandbox-access.service';
import { Viewer } from '../context/viewer.decorator';
import { GenericObject, toGenericObject } from '../objects/kube-object.type';
import { SandboxObjects } from '../objects/sandbox-objects.service';
import { RESTARTABLE, RolloutsService, SCALABLE } from './rollouts.service';

/** The store name of a resource argument when it is one of `allowed` (BAD_USER_INPUT otherwise). */
function workload(objects: SandboxObjects, resource: string, allowed: readonly string[], verb: string): string {
  const { storeName, plural } = objects.definition(resource);
  if (!allowed.includes(storeName)) {
    throw new DomainError('BAD_REQUEST', `${plural} cannot be ${verb}`, {
      causes: [{ field: 'resource', message: `must be one of ${allowed.map((s) => s.split('.')[0]).join(', ')}` }],
    });
  }
  return storeName;
}

@Resolver()
export class RolloutsResolver {
  constructor(
    private readonly access: SandboxAccess,
    private readonly objects: SandboxObjects,
    private readonly rollouts: RolloutsService,
  ) {}

  @Mutation(() => GenericObject, { description: 'kubectl scale: deployments, replicasets or statefulsets.' })
  async scale(
    @Viewer() principal: Principal,
    @Args('sandboxId', { type: () => ID }) sandboxId: string,
    @Args('resource', { description: 'e.g. deployment, deploy, statefulsets' }) resource: string,
    @Args('namespace', { defaultValue: 'default' }) namespace: string,
    @Args('name') name: string,
    @Args('replicas', { type: () => Int }) replicas: number,
  ): Promise<GenericObject> {
    await this.access.write(principal, sandboxId);
    const storeName = workload(this.objects, resource, SCALABLE, 'scaled');
    return toGenericObject(await this.rollouts.scale(sandboxId, storeName, namespace, name, replicas));
  }

  @Mutation(() => GenericObject, { description: 'kubectl rollout restart: deployments, statefulsets or daemonsets.' })
  async restartRollout(
    @Viewer() principal: Principal,
    @Args('sandboxId', { type: () => ID }) sandboxId: string,
    @Args('resource') resource: string,
    @Args('namespace', { defaultValue: 'default' }) namespace: string,
    @Args('name') name: string,
  ): Promise<GenericObject> {
    await this.access.write(principal, sandboxId);
    const storeName = workload(this.objects, resource, RESTARTABLE, 'restarted');
    return toGenericObject(await this.rollouts.restart(sandboxId, storeName, namespace, name));
  }

  @Mutation(() => GenericObject, {
    description: 'kubectl rollout undo of a Deployment: to the previous revision, or to toRevision.',
  })
  async rollbackRollout(
    @Viewer() principal: Principal,
    @Args('sandboxId', { type: () => ID }) sandboxId: string,
    @Args('namespace', { defaultValue: 'default' }) namespace: string,
    @Args('name') name: string,
    @Args('toRevision', { type: () => Int, defaultValue: 0 }) toRevision: number,
  ): Promise<GenericObject> {
    await this.access.write(principal, sandboxId);
    return toGenericObject(await this.rollouts.rollback(sandboxId, namespace, name, toRevision));
  }
}
