import { Injectable } from '@nestjs/common';
import { PrismaService } from '@ksb/database';
import type { SandboxRef } from '../access/principal';

/** Ownership of sandboxes, the only part of them token decisions need. */
@Injectable()
export class SandboxRefsRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(id: string): Promise<SandboxRef | null> {
    return this.prisma.sandbox.findUnique({ where: { id }, select: { id: true, tenantId: true, ownerId: true } });
  }
}
