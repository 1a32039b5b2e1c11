import { Module } from '@nestjs/common';
import { AuthGuard } from './auth/auth.guard';
import { TenancyService } from './tenancy.service';
import { TenantsRepository } from './tenants/tenants.repository';
import { SandboxRefsRepository } from './tokens/sandbox-refs.repository';
import { TokensRepository } from './tokens/tokens.repository';
import { UsersRepository } from './users/users.repository';

@Module({
  providers: [TenantsRepository, UsersRepository, TokensRepository, SandboxRefsRepository, TenancyService, AuthGuard],
  exports: [TenancyService, AuthGuard],
})
export class TenancyModule {}
