import { Injectable } from '@nestjs/common';
import { PrismaService, type Tenant } from '@ksb/database';

@Injectable()
export class TenantsRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: Omit<Tenant, 'createdAt'>): Promise<Tenant> {
    return this.prisma.tenant.create({ data });
  }

  findById(id: string): Promise<Tenant | null> {
    return this.prisma.tenant.findUnique({ where: { id } });
  }

  list(ids?: string[]): Promise<Tenant[]> {
    return this.prisma.tenant.findMany({ where: ids ? { id: { in: ids } } : {}, orderBy: { createdAt: 'asc' } });
  }
}
