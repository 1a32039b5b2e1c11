import type { Sandbox } from '@ksb/database';
import type { NodeSpec } from './layout/node-spec';
import type { SandboxPhase } from './sandboxes.repository';

export type SandboxProfile = 'realistic' | 'fast';
export const SANDBOX_PROFILES: readonly SandboxProfile[] = ['realistic', 'fast'];

/** A sandbox as the platform API shows it. */
export interface SandboxView {
  id: string;
  name: string;
  tenantId: string;
  ownerId: string | null;
  profile: SandboxProfile;
  nodes: NodeSpec[];
  createdAt: string;
  expiresAt: string | null;
  status: { phase: SandboxPhase; message: string | null };
}

export const toSandboxView = (row: Sandbox): SandboxView => ({
  id: row.id,
  name: row.name,
  tenantId: row.tenantId,
  ownerId: row.ownerId,
  profile: row.profile as SandboxProfile,
  nodes: row.layout as unknown as NodeSpec[],
  createdAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt?.toISOString() ?? null,
  status: { phase: row.phase as SandboxPhase, message: row.message },
});

/** Sandbox names are DNS labels (they appear in kubeconfig context names). */
export const SANDBOX_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const SANDBOX_NAME_MESSAGE =
  "name must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
