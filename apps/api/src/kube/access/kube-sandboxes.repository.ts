import { Injectable } from '@nestjs/common';
import { PrismaService } from '@ksb/database';
import type { SandboxRef } from '@ksb/tenancy';

/** What every Kubernetes request needs to know about its sandbox: ownership and whether it still lives. */
export interface KubeSandbox extends SandboxRef {
  name: string;
  phase: string;
  expiresAt: Date | null;
}

@Injectable()
export class KubeSandboxesRepository {
  constructor(private readonly prisma: PrismaService) {}

  find(id: string): Promise<KubeSandbox | null> {
    return this.prisma.sandbox.findUnique({
      where: { id },
      select: { id: true, tenantId: true, ownerId: true, name: true, phase: true, expiresAt: true },
    });
  }
}
