import type { INestApplicationContext } from '@nestjs/common';
import { SandboxesService } from '@ksb/sandboxes';
import { TenancyService } from '@ksb/tenancy';
import { provisionSandboxes } from '../foundation/provisioning.bench';

const ADMIN = { kind: 'admin' } as const;

/** A sandbox with the sandbox-scoped bearer token its kubeconfig would carry. */
export interface BenchSandbox {
  id: string;
  token: string;
}

/** A tenant of its own and `count` sandboxes (3 nodes, fast profile) in it, each with a sandbox token. */
export async function createBenchSandboxes(
  app: INestApplicationContext,
  count: number,
  concurrency: number,
): Promise<BenchSandbox[]> {
  const tenancy = app.get(TenancyService);
  const tenant = await tenancy.createTenant(ADMIN, 'kube-api-bench', {
    maxSandboxes: count + 10,
    maxObjectsPerSandbox: 100_000,
  });
  const { sandboxIds } = await provisionSandboxes(app.get(SandboxesService), tenant.id, count, concurrency, 'kube');
  const sandboxes: BenchSandbox[] = [];
  for (const id of sandboxIds) {
    const issued = await tenancy.issueToken(ADMIN, { tenantId: tenant.id, role: 'sandbox', sandboxId: id });
    sandboxes.push({ id, token: issued.token });
  }
  return sandboxes;
}
