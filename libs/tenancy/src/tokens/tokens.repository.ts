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
