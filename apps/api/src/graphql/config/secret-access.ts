import type { Principal } from '@ksb/tenancy';
import type { SandboxAccess } from '../access/sandbox-access.service';

/**
 * Whether the caller may see Secret values in this sandbox (a token that may write it). Reads the sandbox
 * again: a Sandbox field knows only its id, and the rule needs the owner and tenant.
 */
export async function maySeeSecretValues(
  access: SandboxAccess,
  principal: Principal,
  sandboxId: string,
): Promise<boolean> {
  return access.mayReadSecrets(principal, await access.read(principal, sandboxId));
}
