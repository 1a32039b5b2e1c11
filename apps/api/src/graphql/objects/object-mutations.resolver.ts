import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { DomainError } from '@ksb/errors';
import { kindOf, ObjectsService, type PropagationPolicy } from '@ksb/kube-objects';
import type { Principal } from '@ksb/tenancy';
import { SandboxAccess } from '../access/sandbox-access.service';
import { Viewer } from '../context/viewer.decorator';
import { GenericObject, toGenericObject } from './kube-object.type';
import { SandboxObjects } from './sandbox-objects.service';

const POLICIES: readonly PropagationPolicy[] = ['Background', 'Foreground', 'Orphan'];

@Resolver()
export class ObjectMutationsResolver {
  constructor(
    private readonly access: SandboxAccess,
    private readonly sandboxObjects: SandboxObjects,
    private readonly objects: ObjectsService,
  ) {}

  @Mutation(() => GenericObject, {
    description:
      'kubectl delete: returns the object as it was deleted (or marked for deletion, when finalizers or a ' +
      "pod's grace period keep it for a while).",
  })
  async deleteObject(
    @Viewer() principal: Principal,
    @Args('sandboxId', { type: () => ID }) sandboxId: string,
    @Args('resource', { description: 'As kubectl takes it: pod, deploy, configmaps, ingresses.networking.k8s.io' })
    resource: string,
    @Args('name') name: string,
    @Args('namespace', { nullable: true, description: 'For namespaced kinds (default: default)' }) namespace?: string,
    @Args('propagationPolicy', { nullable: true, description: 'Background (default), Foreground or Orphan' })
    propagationPolicy?: string,
  ): Promise<GenericObject> {
    await this.access.write(principal, sandboxId);
    const kind = kindOf(this.sandboxObjects.definition(resource));
    const policy = propagationPolicy ?? 'Background';
    if (!POLICIES.includes(policy as PropagationPolicy)) {
      throw new DomainError('BAD_REQUEST', `propagationPolicy "${policy}" is not one of ${POLICIES.join(', ')}`, {
        causes: [{ field: 'propagationPolicy', message: `must be one of ${POLICIES.join(', ')}` }],
      });
    }
    const scope = { sandboxId, kind, namespace: kind.namespaced ? (namespace ?? 'default') : undefined };
    const result = await this.objects.delete(scope, name, { propagationPolicy: policy as PropagationPolicy });
    return toGenericObject(result.object);
  }
}
