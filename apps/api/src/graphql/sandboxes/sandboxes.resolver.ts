import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SandboxesService } from '@ksb/sandboxes';
import type { Principal } from '@ksb/tenancy';
import { SandboxAccess } from '../access/sandbox-access.service';
import { Viewer } from '../context/viewer.decorator';
import { CreateSandboxInput, Sandbox, toSandbox } from './sandbox.type';

@Resolver(() => Sandbox)
export class SandboxesResolver {
  constructor(
    private readonly service: SandboxesService,
    private readonly access: SandboxAccess,
  ) {}

  @Query(() => [Sandbox], { description: 'The sandboxes the token may see.' })
  async sandboxes(@Viewer() principal: Principal): Promise<Sandbox[]> {
    return (await this.service.list(principal)).map(toSandbox);
  }

  @Query(() => Sandbox, { description: 'One sandbox: its objects are fields below it.' })
  async sandbox(@Viewer() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<Sandbox> {
    return toSandbox(await this.access.read(principal, id));
  }

  @Mutation(() => Sandbox)
  async createSandbox(@Viewer() principal: Principal, @Args('input') input: CreateSandboxInput): Promise<Sandbox> {
    return toSandbox(await this.service.create(principal, { ...input, nodes: input.nodes && { ...input.nodes } }));
  }

  @Mutation(() => ID, { description: 'Deletes the sandbox and everything in it; returns its id.' })
  async deleteSandbox(@Viewer() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<string> {
    await this.service.delete(principal, id);
    return id;
  }

  @Mutation(() => Sandbox, { description: 'Back to a fresh cluster.' })
  async resetSandbox(@Viewer() principal: Principal, @Args('id', { type: () => ID }) id: string): Promise<Sandbox> {
    return toSandbox(await this.service.reset(principal, id));
  }
}
