import { Injectable } from '@nestjs/common';
import { PrismaService, type ApiToken } from '@ksb/database';

@Injectable()
export class TokensRepository {
  constructor(private readonly prisma: PrismaService) {}

  findActiveByHash(tokenHash: string): Promise<ApiToken | null> {
    return this.prisma.apiToken.findFirst({ where: { tokenHash, revokedAt: null } });
  }

  findById(id: string): Promise<ApiToken | null> {
    return this.prisma.apiToken.findUnique({ where: { id } });
  }

  /** Which of these tokens are still active (not revoked): subscriptions re-check their token with it. */
  async activeIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.prisma.apiToken.findMany({
      where: { id: { in: [...ids] }, revokedAt: null },
      select: { id: true },
    });
    return new Set(rows.map((row) => row.id));
  }

  create(data: Pick<ApiToken, 'id' | 'tenantId' | 'userId' | 'sandboxId' | 'role' | 'tokenHash'>): Promise<ApiToken> {
    return this.prisma.apiToken.create({ data });
  }

  listByTenant(tenantId: string): Promise<ApiToken[]> {
    return this.prisma.apiToken.findMany({ where: { tenantId }, orderBy: { createdAt: 'asc' } });
  }

  revoke(id: string): Promise<ApiToken> {
    return this.prisma.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
  }
}
