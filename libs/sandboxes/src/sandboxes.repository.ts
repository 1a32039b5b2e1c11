import { Injectable } from '@nestjs/common';
import { Prisma, PrismaService, type Sandbox } from '@ksb/database';
import type { SandboxScope } from '@ksb/tenancy';

export const SANDBOX_PHASES = ['Provisioning', 'Ready', 'Expired'] as const;
export type SandboxPhase = (typeof SANDBOX_PHASES)[number];

export interface NewSandbox {
  id: string;
  tenantId: string;
  ownerId: string | null;
  name: string;
  profile: string;
  layout: Prisma.InputJsonValue;
  expiresAt: Date | null;
  maxObjects: number;
}

const scopeWhere = (scope: SandboxScope): Prisma.SandboxWhereInput =>
  'all' in scope
    ? {}
    : {
        tenantId: scope.tenantId,
        ...(scope.ownerId !== undefined ? { ownerId: scope.ownerId } : {}),
        ...(scope.sandboxId !== undefined ? { id: scope.sandboxId } : {}),
      };

@Injectable()
export class SandboxesRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Inserts the sandbox (phase Provisioning) with its store revision counter. `checkQuota` runs under a
   * per-tenant advisory lock with the tenant's count of live sandboxes, so concurrent creates cannot
   * overshoot the quota.
   */
  async createWithQuota(data: NewSandbox, checkQuota: (liveSandboxes: number) => void): Promise<Sandbox> {
    const { maxObjects, ...sandbox } = data;
    return this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${'sandbox-quota:' + data.tenantId}))`;
      checkQuota(await tx.sandbox.count({ where: { tenantId: data.tenantId, phase: { not: 'Expired' } } }));
      return tx.sandbox.create({
        data: {
          ...sandbox,
          phase: 'Provisioning',
          revision: { create: { revision: 0n, compactedRevision: 0n, maxObjects } },
        },
      });
    });
  }

  /** Forgets the simulated nodes' state and the scheduler's decisions (a reset starts a fresh cluster). */
  async clearRuntimeState(id: string): Promise<void> {
    await this.prisma.$transaction([
      this.prisma.nodeAgent.deleteMany({ where: { sandboxId: id } }),
      this.prisma.schedulingDecision.deleteMany({ where: { sandboxId: id } }),
    ]);
  }

  find(id: string): Promise<Sandbox | null> {
    return this.prisma.sandbox.findUnique({ where: { id } });
  }

  /** Which of these sandboxes still exist and have not expired. */
  async liveIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.prisma.sandbox.findMany({
      where: { id: { in: [...ids] }, phase: { not: 'Expired' } },
      select: { id: true },
    });
    return new Set(rows.map((row) => row.id));
  }

  list(scope: SandboxScope): Promise<Sandbox[]> {
    return this.prisma.sandbox.findMany({ where: scopeWhere(scope), orderBy: { createdAt: 'asc' } });
  }

  setPhase(id: string, phase: SandboxPhase, message: string | null): Promise<Sandbox> {
    return this.prisma.sandbox.update({ where: { id }, data: { phase, message } });
  }

  /** Deletes the sandbox; every row it owns (objects, changes, tokens) goes with it by cascade. */
  async delete(id: string): Promise<void> {
    await this.prisma.sandbox.deleteMany({ where: { id } });
  }

  /** Live sandboxes whose TTL ends before `before`. */
  async expiringBefore(before: Date): Promise<string[]> {
    const rows = await this.prisma.sandbox.findMany({
      where: { expiresAt: { lte: before }, phase: { not: 'Expired' } },
      select: { id: true },
    });
    return rows.map((row) => row.id);
  }
}
