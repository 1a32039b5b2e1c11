import type { Principal, SandboxRef, TokenRole } from './principal';

/**
 * Who may do what, as plain functions. "Visible" decides between 404 and 403: what a principal cannot
 * see at all is answered as not found, so another tenant's sandboxes do not even reveal their existence.
 */
export function canSeeSandbox(principal: Principal, sandbox: SandboxRef): boolean {
  if (principal.kind === 'admin') return true;
  if (principal.tenantId !== sandbox.tenantId) return false;
  switch (principal.role) {
    case 'tenant-admin':
    case 'instructor':
      return true;
    case 'learner':
      return principal.userId !== null && sandbox.ownerId === principal.userId;
    case 'sandbox':
      return principal.sandboxId === sandbox.id;
  }
}

/** Managing the sandbox itself on the platform API (delete, reset, kubeconfig, tokens for it). */
export function canManageSandbox(principal: Principal, sandbox: SandboxRef): boolean {
  if (!canSeeSandbox(principal, sandbox)) return false;
  if (principal.kind === 'admin') return true;
  return principal.role === 'tenant-admin' || principal.role === 'learner';
}

/** Writing objects inside the sandbox (the Kubernetes API, GraphQL mutations). */
export function canWriteSandboxObjects(principal: Principal, sandbox: SandboxRef): boolean {
  if (!canSeeSandbox(principal, sandbox)) return false;
  if (principal.kind === 'admin') return true;
  return principal.role !== 'instructor';
}

export function canCreateSandbox(principal: Principal, tenantId: string): boolean {
  if (principal.kind === 'admin') return true;
  return principal.tenantId === tenantId && (principal.role === 'tenant-admin' || principal.role === 'learner');
}

export function canSeeTenant(principal: Principal, tenantId: string): boolean {
  return principal.kind === 'admin' || principal.tenantId === tenantId;
}

/** Issuing tokens: admins anywhere, tenant admins in their tenant, learners sandbox tokens for their own sandboxes. */
export function canIssueToken(
  principal: Principal,
  tenantId: string,
  role: TokenRole,
  sandbox: SandboxRef | null,
): boolean {
  if (principal.kind === 'admin') return true;
  if (principal.tenantId !== tenantId) return false;
  if (principal.role === 'tenant-admin') return true;
  return principal.role === 'learner' && role === 'sandbox' && sandbox !== null && canManageSandbox(principal, sandbox);
}

/** Which sandboxes a list shows. */
export type SandboxScope = { all: true } | { tenantId: string; ownerId?: string; sandboxId?: string };

export function sandboxScope(principal: Principal): SandboxScope {
  if (principal.kind === 'admin') return { all: true };
  switch (principal.role) {
    case 'tenant-admin':
    case 'instructor':
      return { tenantId: principal.tenantId };
    case 'learner':
      // A learner token without a user sees nothing rather than everything.
      return { tenantId: principal.tenantId, ownerId: principal.userId ?? '-' };
    case 'sandbox':
      return { tenantId: principal.tenantId, sandboxId: principal.sandboxId ?? '-' };
  }
}
