import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Tenant } from '@ksb/database';
import { CurrentPrincipal, type Principal, TenancyService } from '@ksb/tenancy';
import { CreateTenantDto, TenantDto } from './tenants.dto';

const toDto = (tenant: Tenant): TenantDto => ({
  id: tenant.id,
  name: tenant.name,
  quotas: {
    sandboxes: tenant.maxSandboxes,
    nodesPerSandbox: tenant.maxNodesPerSandbox,
    objectsPerSandbox: tenant.maxObjectsPerSandbox,
  },
  createdAt: tenant.createdAt.toISOString(),
});

@ApiTags('tenants')
@ApiBearerAuth()
@Controller('v1/tenants')
export class TenantsController {
  constructor(private readonly tenancy: TenancyService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a tenant (platform administrator only)' })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateTenantDto): Promise<TenantDto> {
    const tenant = await this.tenancy.createTenant(principal, body.name, {
      maxSandboxes: body.quotas?.sandboxes,
      maxNodesPerSandbox: body.quotas?.nodesPerSandbox,
      maxObjectsPerSandbox: body.quotas?.objectsPerSandbox,
    });
    return toDto(tenant);
  }

  @Get()
  @ApiOperation({ summary: 'Tenants the token can see' })
  async list(@CurrentPrincipal() principal: Principal): Promise<{ items: TenantDto[] }> {
    return { items: (await this.tenancy.listTenants(principal)).map(toDto) };
  }

  @Get(':id')
  async get(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<TenantDto> {
    return toDto(await this.tenancy.getTenant(principal, id));
  }
}
