import { Args, ArgsType, Field, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { DomainError } from '@ksb/errors';
import { type ResourceDefinition, SECRETS } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import type { Principal } from '@ksb/tenancy';
import { SandboxAccess } from '../access/sandbox-access.service';
import { ListArgs } from '../common/connection';
import { Viewer } from '../context/viewer.decorator';
import { redactSecret } from '../config/secret-redaction';
import { Sandbox } from '../sandboxes/sandbox.type';
import { GenericObject, KubeObjectConnection, toGenericObject } from './kube-object.type';
import { SandboxObjects } from './sandbox-objects.service';

const RESOURCE_DESCRIPTION = 'A resource type as kubectl accepts it: "cm", "deployments.apps", "Ingress".';

@ArgsType()
export class ObjectsArgs extends ListArgs {
  @Field({ description: RESOURCE_DESCRIPTION })
  @IsString()
  @IsNotEmpty()
  @MaxLength(253)
  resource!: string;
}

@ArgsType()
export class ObjectArgs {
  @Field({ description: RESOURCE_DESCRIPTION })
  @IsString()
  @IsNotEmpty()
  @MaxLength(253)
  resource!: string;

  @Field({ nullable: true, description: 'For namespaced kinds ("default" when absent); ignored otherwise.' })
  @IsOptional()
  @IsString()
  @MaxLength(253)
  namespace?: string;

  @Field()
  @IsString()
  @IsNotEmpty()
  @MaxLength(253)
  name!: string;
}

/** Every kind, Secrets without their values for tokens that may not read them. */
@Resolver(() => Sandbox)
export class SandboxObjectsResolver {
  constructor(
    private readonly objects: SandboxObjects,
    private readonly access: SandboxAccess,
  ) {}

  // Named apart from the field: `objects` is the injected service.
  @ResolveField('objects', () => KubeObjectConnection, { description: 'Objects of any kind, as generic objects.' })
  async objectsOf(
    @Parent() sandbox: Sandbox,
    @Viewer() principal: Principal,
    @Args() { resource, ...args }: ObjectsArgs,
  ): Promise<KubeObjectConnection> {
    const definition = this.storedDefinition(resource);
    const show = this.shown(sandbox, principal, definition);
    return this.objects.page(sandbox.id, definition.storeName, args, (object) => toGenericObject(show(object)));
  }

  @ResolveField(() => GenericObject, { description: 'One object of any kind; NOT_FOUND when it does not exist.' })
  async object(
    @Parent() sandbox: Sandbox,
    @Viewer() principal: Principal,
    @Args() args: ObjectArgs,
  ): Promise<GenericObject> {
    const definition = this.storedDefinition(args.resource);
    const namespace = definition.namespaced ? args.namespace || 'default' : undefined;
    const found = await this.objects.get(sandbox.id, definition.storeName, namespace, args.name);
    const show = this.shown(sandbox, principal, definition);
    return toGenericObject(show(found));
  }

  /** Computed kinds (metrics) are not objects of the store. */
  private storedDefinition(resource: string): ResourceDefinition {
    const definition = this.objects.definition(resource);
    if (definition.storageVersion === null || !definition.verbs.includes('list')) {
      throw new DomainError(
        'BAD_REQUEST',
        `the resource type "${resource}" is computed, not stored: it has no objects`,
        {
          causes: [{ field: 'resource', message: `"${resource}" cannot be listed here` }],
        },
      );
    }
    return definition;
  }

  /** What the caller may see of an object of this kind: redacted Secrets unless it may write the sandbox. */
  private shown(
    sandbox: Sandbox,
    principal: Principal,
    definition: ResourceDefinition,
  ): (object: KubeObject) => KubeObject {
    if (definition.storeName !== SECRETS.storeName) return (object) => object;
    return this.access.mayReadSecrets(principal, sandbox) ? (object) => object : redactSecret;
  }
}
