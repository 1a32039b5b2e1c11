import { Body, Controller, Delete, Get, Header, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import { SandboxesService, type SandboxView } from '@ksb/sandboxes';
import { CurrentPrincipal, type Principal } from '@ksb/tenancy';
import { KubeconfigService } from './kubeconfig.service';
import { CreateSandboxDto, SandboxDto } from './sandboxes.dto';

@ApiTags('sandboxes')
@ApiBearerAuth()
@Controller('v1/sandboxes')
export class SandboxesController {
  constructor(
    private readonly sandboxes: SandboxesService,
    private readonly kubeconfigs: KubeconfigService,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: "Create a sandbox in the token's tenant" })
  @ApiOkResponse({ type: SandboxDto })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateSandboxDto): Promise<SandboxView> {
    return this.sandboxes.create(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'Sandboxes the token may see' })
  async list(@CurrentPrincipal() principal: Principal): Promise<{ items: SandboxView[] }> {
    return { items: await this.sandboxes.list(principal) };
  }

  @Get(':id')
  @ApiOkResponse({ type: SandboxDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<SandboxView> {
    return this.sandboxes.get(principal, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a sandbox and everything it holds' })
  async delete(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.sandboxes.delete(principal, id);
  }

  @Post(':id/reset')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reset the sandbox to a fresh cluster' })
  @ApiOkResponse({ type: SandboxDto })
  reset(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<SandboxView> {
    return this.sandboxes.reset(principal, id);
  }

  @Get(':id/kubeconfig')
  @Header('Content-Type', 'application/yaml')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: 'A kubeconfig for the sandbox',
    description:
      'Issues a new sandbox-scoped token each time. Context, cluster and user are named <sandbox name>-<id>, ' +
      'namespace default. For the sandbox owner (learner) and tenant admins.',
  })
  @ApiProduces('application/yaml')
  @ApiQuery({
    name: 'server',
    required: false,
    description: 'Base https URL of the Kubernetes endpoint, when clients reach it by another address',
  })
  @ApiOkResponse({ description: 'kubeconfig YAML', schema: { type: 'string' } })
  kubeconfig(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Query('server') server?: string | string[],
  ): Promise<string> {
    return this.kubeconfigs.kubeconfig(principal, id, server);
  }
}
