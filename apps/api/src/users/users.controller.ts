import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { User } from '@ksb/database';
import { invalid } from '@ksb/errors';
import { CurrentPrincipal, type Principal, TenancyService } from '@ksb/tenancy';
import { CreateUserDto, UserDto } from './users.dto';

const toDto = (user: User): UserDto => ({
  id: user.id,
  tenantId: user.tenantId,
  name: user.name,
  role: user.role,
  createdAt: user.createdAt.toISOString(),
});

@ApiTags('users')
@ApiBearerAuth()
@Controller('v1/users')
export class UsersController {
  constructor(private readonly tenancy: TenancyService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create a user of a tenant (tokens for it: POST /v1/tokens with userId)' })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUserDto): Promise<UserDto> {
    return toDto(await this.tenancy.createUser(principal, body.tenantId, body.name, body.role));
  }

  @Get()
  @ApiOperation({ summary: "A tenant's users" })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('tenantId') tenantId?: string,
  ): Promise<{ items: UserDto[] }> {
    const tenant = tenantId ?? (principal.kind === 'token' ? principal.tenantId : undefined);
    if (!tenant) throw invalid('tenantId is required', [{ field: 'tenantId', message: 'required query parameter' }]);
    return { items: (await this.tenancy.listUsers(principal, tenant)).map(toDto) };
  }
}
