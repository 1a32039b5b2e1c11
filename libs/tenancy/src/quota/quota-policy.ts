import { DomainError } from '@ksb/errors';

export interface TenantQuota {
  maxSandboxes: number;
  maxNodesPerSandbox: number;
  maxObjectsPerSandbox: number;
}

/** Sandbox count is a capacity that frees up when sandboxes go: 429 with Retry-After. */
export function checkSandboxQuota(quota: TenantQuota, activeSandboxes: number): void {
  if (activeSandboxes >= quota.maxSandboxes) {
    throw new DomainError(
      'QUOTA_EXCEEDED',
      `sandbox quota exceeded: the tenant has ${activeSandboxes} of ${quota.maxSandboxes} sandboxes; delete one and retry`,
      { retryAfterSeconds: 60 },
    );
  }
}

/** A node count above the limit can never succeed: 403. */
export function checkNodeLimit(quota: TenantQuota, nodes: number): void {
  if (nodes > quota.maxNodesPerSandbox) {
    throw new DomainError(
      'LIMIT_EXCEEDED',
      `nodes: ${nodes} exceeds the tenant's limit of ${quota.maxNodesPerSandbox} nodes per sandbox`,
      { causes: [{ field: 'nodes.count', message: `must be at most ${quota.maxNodesPerSandbox}` }] },
    );
  }
}
