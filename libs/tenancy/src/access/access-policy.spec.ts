import {
  canCreateSandbox,
  canIssueToken,
  canManageSandbox,
  canSeeSandbox,
  canWriteSandboxObjects,
  sandboxScope,
} from './access-policy';
import type { Principal, TokenRole } from './principal';

const token = (role: TokenRole, extra: Partial<Extract<Principal, { kind: 'token' }>> = {}): Principal => ({
  kind: 'token',
  tokenId: 't',
  tenantId: 'A',
  role,
  userId: role === 'learner' ? 'alice' : null,
  sandboxId: role === 'sandbox' ? 's1' : null,
  ...extra,
});
const s1 = { id: 's1', tenantId: 'A', ownerId: 'alice' };
const s2 = { id: 's2', tenantId: 'A', ownerId: 'bob' };
const other = { id: 's3', tenantId: 'B', ownerId: 'carol' };

describe('access policy', () => {
  it('hides other tenants from every role', () => {
    for (const role of ['tenant-admin', 'instructor', 'learner', 'sandbox'] as const) {
      expect(canSeeSandbox(token(role), other)).toBe(false);
      expect(canManageSandbox(token(role), other)).toBe(false);
    }
    expect(canSeeSandbox({ kind: 'admin' }, other)).toBe(true);
  });

  it('lets a learner see only its own sandboxes', () => {
    expect(canSeeSandbox(token('learner'), s1)).toBe(true);
    expect(canSeeSandbox(token('learner'), s2)).toBe(false);
    expect(sandboxScope(token('learner'))).toEqual({ tenantId: 'A', ownerId: 'alice' });
    expect(sandboxScope(token('learner', { userId: null }))).toEqual({ tenantId: 'A', ownerId: '-' });
  });

  it('keeps instructors read-only', () => {
    expect(canSeeSandbox(token('instructor'), s2)).toBe(true);
    expect(canManageSandbox(token('instructor'), s2)).toBe(false);
    expect(canWriteSandboxObjects(token('instructor'), s2)).toBe(false);
    expect(canCreateSandbox(token('instructor'), 'A')).toBe(false);
  });

  it('scopes a sandbox token to its sandbox', () => {
    expect(canSeeSandbox(token('sandbox'), s1)).toBe(true);
    expect(canSeeSandbox(token('sandbox'), s2)).toBe(false);
    expect(canWriteSandboxObjects(token('sandbox'), s1)).toBe(true);
    expect(canManageSandbox(token('sandbox'), s1)).toBe(false);
  });

  it('lets tenant admins issue any token of their tenant, learners only sandbox tokens of their sandboxes', () => {
    expect(canIssueToken(token('tenant-admin'), 'A', 'learner', null)).toBe(true);
    expect(canIssueToken(token('tenant-admin'), 'B', 'learner', null)).toBe(false);
    expect(canIssueToken(token('learner'), 'A', 'sandbox', s1)).toBe(true);
    expect(canIssueToken(token('learner'), 'A', 'sandbox', s2)).toBe(false);
    expect(canIssueToken(token('learner'), 'A', 'learner', null)).toBe(false);
    expect(canIssueToken(token('instructor'), 'A', 'sandbox', s1)).toBe(false);
  });
});
