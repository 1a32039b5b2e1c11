import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import { newId, type Sandbox } from '@ksb/database';
import { DomainError, forbidden, invalid, notFound } from '@ksb/errors';
import { kubeTime, StoreService, WriteOp } from '@ksb/store';
import {
  canCreateSandbox,
  canManageSandbox,
  canSeeSandbox,
  checkNodeLimit,
  checkSandboxQuota,
  type Principal,
  sandboxScope,
  TenancyService,
} from '@ksb/tenancy';
import { clusterObjects } from './bootstrap/cluster-objects';
import { NodesRequest } from './layout/node-spec';
import { resolveLayout } from './layout/resolve-layout';
import { SandboxProfile, SandboxView, toSandboxView } from './sandbox-view';
import { SandboxesRepository } from './sandboxes.repository';

export interface CreateSandboxInput {
  name: string;
  nodes?: NodesRequest;
  preset?: string;
  profile?: SandboxProfile;
  ttlSeconds?: number;
  /** Admins create in a tenant they name; tokens create in their own. */
  tenantId?: string;
  /** Tenant admins may create a sandbox owned by one of their learners. */
  ownerId?: string;
}

@Injectable()
export class SandboxesService {
  constructor(
    private readonly sandboxes: SandboxesRepository,
    private readonly store: StoreService,
    private readonly tenancy: TenancyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Creates a sandbox and writes its fresh cluster; on any failure nothing of it remains. */
  async create(principal: Principal, input: CreateSandboxInput): Promise<SandboxView> {
    const tenantId = principal.kind === 'admin' ? input.tenantId : principal.tenantId;
    if (!tenantId)
      throw invalid('tenantId is required', [
        { field: 'tenantId', message: 'required for the platform administrator' },
      ]);
    if (principal.kind === 'token' && input.tenantId !== undefined && input.tenantId !== principal.tenantId) {
      throw notFound(`tenant "${input.tenantId}" not found`);
    }
    const tenant = await this.tenancy.getTenant(principal, tenantId);
    if (!canCreateSandbox(principal, tenantId)) throw forbidden('this token cannot create sandboxes');
    const ownerId = await this.ownerFor(principal, input.ownerId, tenantId);
    const nodes = resolveLayout(input.nodes, input.preset);
    checkNodeLimit(tenant, nodes.length);
    if (
      input.ttlSeconds !== undefined &&
      (input.ttlSeconds < 60 || input.ttlSeconds > this.config.MAX_SANDBOX_TTL_SECONDS)
    ) {
      throw invalid('invalid ttlSeconds', [
        { field: 'ttlSeconds', message: `must be between 60 and ${this.config.MAX_SANDBOX_TTL_SECONDS}` },
      ]);
    }
    const now = new Date();
    const row = await this.sandboxes.createWithQuota(
      {
        id: newId('sb'),
        tenantId,
        ownerId,
        name: input.name,
        profile: input.profile ?? 'realistic',
        layout: nodes as unknown as object,
        expiresAt: input.ttlSeconds ? new Date(now.getTime() + input.ttlSeconds * 1000) : null,
        maxObjects: tenant.maxObjectsPerSandbox,
      },
      (live) => checkSandboxQuota(tenant, live),
    );
    try {
      await this.store.commit(row.id, clusterObjects(row.id, nodes, kubeTime(now)));
      return toSandboxView(await this.sandboxes.setPhase(row.id, 'Ready', null));
    } catch (error) {
      await this.sandboxes.delete(row.id);
      throw error;
    }
  }

  async list(principal: Principal): Promise<SandboxView[]> {
    return (await this.sandboxes.list(sandboxScope(principal))).map(toSandboxView);
  }

  async get(principal: Principal, id: string): Promise<SandboxView> {
    return toSandboxView(await this.visible(principal, id));
  }

  async delete(principal: Principal, id: string): Promise<void> {
    await this.manageable(principal, id);
    await this.sandboxes.delete(id);
  }

  /** Back to a fresh cluster: every object removed and the initial ones written again, in one commit. */
  async reset(principal: Principal, id: string): Promise<SandboxView> {
    const sandbox = await this.manageable(principal, id);
    if (sandbox.phase === 'Expired')
      throw new DomainError('CONFLICT', `sandbox "${id}" has expired and cannot be reset`);
    const view = toSandboxView(sandbox);
    const removals: WriteOp[] = (await this.store.keys(id)).map((key) => ({ op: 'delete', ...key }));
    await this.store.commit(id, [...removals, ...clusterObjects(id, view.nodes, kubeTime(new Date()))]);
    // The fresh cluster's nodes run, with fresh IP ranges and no scheduling history.
    await this.sandboxes.clearRuntimeState(id);
    return view;
  }

  /** Which of these sandboxes still exist and have not expired (for long-lived subscriptions). */
  liveSandboxIds(ids: readonly string[]): Promise<Set<string>> {
    return this.sandboxes.liveIds(ids);
  }

  /** The sandbox if the principal may see it (404 otherwise, never revealing another tenant's). */
  async requireVisible(principal: Principal, id: string): Promise<SandboxView> {
    return toSandboxView(await this.visible(principal, id));
  }

  /** The sandbox if the principal may change it (403 for read-only tokens). */
  async requireManageable(principal: Principal, id: string): Promise<SandboxView> {
    return toSandboxView(await this.manageable(principal, id));
  }

  private async visible(principal: Principal, id: string): Promise<Sandbox> {
    const sandbox = await this.sandboxes.find(id);
    if (!sandbox || !canSeeSandbox(principal, sandbox)) throw notFound(`sandbox "${id}" not found`);
    return sandbox;
  }

  private async manageable(principal: Principal, id: string): Promise<Sandbox> {
    const sandbox = await this.visible(principal, id);
    if (!canManageSandbox(principal, sandbox)) throw forbidden(`this token cannot change sandbox "${id}"`);
    return sandbox;
  }

  private async ownerFor(principal: Principal, ownerId: string | undefined, tenantId: string): Promise<string | null> {
    if (principal.kind === 'token' && principal.role === 'learner') {
      if (ownerId !== undefined && ownerId !== principal.userId)
        throw forbidden('learners create sandboxes only for themselves');
      return principal.userId;
    }
    if (ownerId === undefined) return null;
    const users = await this.tenancy.listUsers(principal, tenantId);
    if (!users.some((user) => user.id === ownerId)) throw notFound(`user "${ownerId}" not found`);
    return ownerId;
  }
}
