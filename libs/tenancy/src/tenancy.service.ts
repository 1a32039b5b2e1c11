import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import { newId, type ApiToken, type Tenant, type User } from '@ksb/database';
import { DomainError, forbidden, notFound } from '@ksb/errors';
import { canIssueToken, canSeeTenant } from './access/access-policy';
import type { Principal, TokenRole } from './access/principal';
import type { TenantQuota } from './quota/quota-policy';
import { TenantsRepository } from './tenants/tenants.repository';
import { generateTokenSecret, hashToken, sameSecret } from './tokens/token-secret';
import { SandboxRefsRepository } from './tokens/sandbox-refs.repository';
import { TokensRepository } from './tokens/tokens.repository';
import { UsersRepository } from './users/users.repository';

export interface IssueTokenInput {
  tenantId: string;
  role: TokenRole;
  sandboxId?: string;
  /** The user the token acts for; learner, instructor and tenant-admin tokens get a new user when absent. */
  userId?: string;
  /** Name of the new user, when one is created. */
  userName?: string;
}

export interface IssuedToken {
  token: string;
  record: ApiToken;
}

@Injectable()
export class TenancyService {
  constructor(
    private readonly tenants: TenantsRepository,
    private readonly users: UsersRepository,
    private readonly tokens: TokensRepository,
    private readonly sandboxRefs: SandboxRefsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Resolves a bearer secret; null when unknown or revoked. */
  async authenticate(secret: string): Promise<Principal | null> {
    if (this.config.ADMIN_TOKEN && sameSecret(secret, this.config.ADMIN_TOKEN)) return { kind: 'admin' };
    const token = await this.tokens.findActiveByHash(hashToken(secret));
    if (!token) return null;
    return {
      kind: 'token',
      tokenId: token.id,
      tenantId: token.tenantId,
      role: token.role as TokenRole,
      userId: token.userId,
      sandboxId: token.sandboxId,
    };
  }

  /** Which of these token ids are still active (long-lived connections re-check theirs with it). */
  activeTokenIds(ids: readonly string[]): Promise<Set<string>> {
    return this.tokens.activeIds(ids);
  }

  async createTenant(principal: Principal, name: string, quota: Partial<TenantQuota> = {}): Promise<Tenant> {
    if (principal.kind !== 'admin') throw forbidden('only the platform administrator can create tenants');
    return this.tenants.create({
      id: newId('tn'),
      name,
      maxSandboxes: quota.maxSandboxes ?? this.config.QUOTA_SANDBOXES_PER_TENANT,
      maxNodesPerSandbox: quota.maxNodesPerSandbox ?? this.config.QUOTA_NODES_PER_SANDBOX,
      maxObjectsPerSandbox: quota.maxObjectsPerSandbox ?? this.config.QUOTA_OBJECTS_PER_SANDBOX,
    });
  }

  async getTenant(principal: Principal, id: string): Promise<Tenant> {
    const tenant = canSeeTenant(principal, id) ? await this.tenants.findById(id) : null;
    if (!tenant) throw notFound(`tenant "${id}" not found`);
    return tenant;
  }

  async listTenants(principal: Principal): Promise<Tenant[]> {
    return this.tenants.list(principal.kind === 'admin' ? undefined : [principal.tenantId]);
  }

  async issueToken(principal: Principal, input: IssueTokenInput): Promise<IssuedToken> {
    await this.getTenant(principal, input.tenantId);
    const sandbox = input.sandboxId ? await this.sandboxRefs.find(input.sandboxId) : null;
    if (input.sandboxId && (!sandbox || sandbox.tenantId !== input.tenantId)) {
      throw notFound(`sandbox "${input.sandboxId}" not found`);
    }
    if (input.role === 'sandbox' && !sandbox) {
      throw new DomainError('INVALID', 'sandboxId is required for a sandbox token', {
        causes: [{ field: 'sandboxId', message: 'required when role is "sandbox"' }],
      });
    }
    if (!canIssueToken(principal, input.tenantId, input.role, sandbox)) {
      throw forbidden(`this token cannot issue ${input.role} tokens for tenant "${input.tenantId}"`);
    }
    const user = input.role === 'sandbox' ? null : await this.userFor(input);
    const token = generateTokenSecret();
    const record = await this.tokens.create({
      id: newId('tk'),
      tenantId: input.tenantId,
      userId: user?.id ?? (input.role === 'sandbox' ? (sandbox?.ownerId ?? null) : null),
      sandboxId: input.role === 'sandbox' ? (sandbox?.id ?? null) : null,
      role: input.role,
      tokenHash: hashToken(token),
    });
    return { token, record };
  }

  async listTokens(principal: Principal, tenantId: string): Promise<ApiToken[]> {
    await this.getTenant(principal, tenantId);
    if (principal.kind === 'token' && principal.role !== 'tenant-admin') {
      throw forbidden('only tenant admins can list tokens');
    }
    return this.tokens.listByTenant(tenantId);
  }

  /** Revokes a token: admins, its tenant's admins, and the token itself may. */
  async revokeToken(principal: Principal, id: string): Promise<ApiToken> {
    const token = await this.tokens.findById(id);
    if (!token || !canSeeTenant(principal, token.tenantId)) throw notFound(`token "${id}" not found`);
    const self = principal.kind === 'token' && principal.tokenId === id;
    if (principal.kind === 'token' && principal.role !== 'tenant-admin' && !self) {
      throw forbidden('only tenant admins can revoke other tokens');
    }
    return token.revokedAt ? token : this.tokens.revoke(id);
  }

  async listUsers(principal: Principal, tenantId: string): Promise<User[]> {
    await this.getTenant(principal, tenantId);
    return this.users.listByTenant(tenantId);
  }

  /** Users (learners, instructors, tenant admins) are created by tenant admins and administrators. */
  async createUser(
    principal: Principal,
    tenantId: string,
    name: string,
    role: Exclude<TokenRole, 'sandbox'>,
  ): Promise<User> {
    await this.getTenant(principal, tenantId);
    if (principal.kind === 'token' && principal.role !== 'tenant-admin')
      throw forbidden('only tenant admins can create users');
    return this.users.create({ id: newId('us'), tenantId, name, role });
  }

  private async userFor(input: IssueTokenInput): Promise<User> {
    if (input.userId) {
      const user = await this.users.findInTenant(input.tenantId, input.userId);
      if (!user) throw notFound(`user "${input.userId}" not found`);
      return user;
    }
    return this.users.create({
      id: newId('us'),
      tenantId: input.tenantId,
      name: input.userName ?? input.role,
      role: input.role,
    });
  }
}
