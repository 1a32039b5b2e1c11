import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { ApiToken } from '@ksb/database';
import { CurrentPrincipal, type Principal, TenancyService } from '@ksb/tenancy';
import { invalid } from '@ksb/errors';
import { CreateTokenDto, IssuedTokenDto, TokenDto } from './tokens.dto';

const toDto = (token: ApiToken): TokenDto => ({
  id: token.id,
  tenantId: token.tenantId,
  role: token.role,
  userId: token.userId,
  sandboxId: token.sandboxId,
  createdAt: token.createdAt.toISOString(),
  revokedAt: token.revokedAt?.toISOString() ?? null,
});

@ApiTags('tokens')
@ApiBearerAuth()
@Controller('v1/tokens')
export class TokensController {
  constructor(private readonly tenancy: TenancyService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Issue an API token; the secret is shown once' })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateTokenDto): Promise<IssuedTokenDto> {
    const { token, record } = await this.tenancy.issueToken(principal, body);
    return { ...toDto(record), token };
  }

  @Get()
  @ApiOperation({ summary: "A tenant's tokens (never their secrets)" })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query('tenantId') tenantId?: string,
  ): Promise<{ items: TokenDto[] }> {
    const tenant = tenantId ?? (principal.kind === 'token' ? principal.tenantId : undefined);
    if (!tenant) throw invalid('tenantId is required', [{ field: 'tenantId', message: 'required query parameter' }]);
    return { items: (await this.tenancy.listTokens(principal, tenant)).map(toDto) };
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Revoke a token' })
  async revoke(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<TokenDto> {
    return toDto(await this.tenancy.revokeToken(principal, id));
  }
}
