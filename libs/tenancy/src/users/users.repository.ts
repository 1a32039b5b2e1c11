import { Injectable } from '@nestjs/common';
import { PrismaService, type User } from '@ksb/database';

@Injectable()
export class UsersRepository {
  constructor(private readonly prisma: PrismaService) {}

  create(data: Omit<User, 'createdAt'>): Promise<User> {
    return this.prisma.user.create({ data });
  }

  findInTenant(tenantId: string, id: string): Promise<User | null> {
    return this.prisma.user.findFirst({ where: { id, tenantId } });
  }

  listByTenant(tenantId: string): Promise<User[]> {
    return this.prisma.user.findMany({ where: { tenantId }, orderBy: { createdAt: 'asc' } });
  }
}
