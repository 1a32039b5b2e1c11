export const TOKEN_ROLES = ['tenant-admin', 'instructor', 'learner', 'sandbox'] as const;
export type TokenRole = (typeof TOKEN_ROLES)[number];

/** Who is calling: the platform administrator (ADMIN_TOKEN) or the holder of an API token. */
export type Principal =
  | { kind: 'admin' }
  | {
      kind: 'token';
      tokenId: string;
      tenantId: string;
      role: TokenRole;
      userId: string | null;
      /** Set for sandbox-scoped tokens. */
      sandboxId: string | null;
    };

/** The part of a sandbox access decisions look at. */
export interface SandboxRef {
  id: string;
  tenantId: string;
  ownerId: string | null;
}
