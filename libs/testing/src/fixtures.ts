import { newId, PrismaService } from '@ksb/database';

export interface SandboxFixture {
  tenantId: string;
  sandboxId: string;
}

/** A tenant and an empty sandbox (with its revision counter) written straight to the database. */
export async function createSandboxFixture(
  prisma: PrismaService,
  options: { maxObjects?: number | null } = {},
): Promise<SandboxFixture> {
  const tenantId = newId('tn');
  const sandboxId = newId('sb');
  await prisma.tenant.create({
    data: { id: tenantId, name: 'fixture', maxSandboxes: 100, maxNodesPerSandbox: 10, maxObjectsPerSandbox: 5000 },
  });
  await prisma.sandbox.create({
    data: {
      id: sandboxId,
      tenantId,
      name: 'fixture',
      profile: 'fast',
      layout: [],
      phase: 'Ready',
      revision: { create: { revision: 0n, compactedRevision: 0n, maxObjects: options.maxObjects ?? null } },
    },
  });
  return { tenantId, sandboxId };
}
