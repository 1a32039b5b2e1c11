import { Injectable } from '@nestjs/common';
import { forbidden } from '@ksb/errors';
import { SandboxesService, type SandboxView } from '@ksb/sandboxes';
import { canWriteSandboxObjects, type Principal, type SandboxRef } from '@ksb/tenancy';

/**
 * Sandbox access for resolvers, with the platform API's rules: a sandbox the caller cannot see is NOT_FOUND
 * (never revealing another tenant's), writing objects needs a token that may write (not an instructor's),
 * managing the sandbox itself (delete, reset, faults) the owner's or a tenant admin's.
 */
@Injectable()
export class SandboxAccess {
  constructor(private readonly sandboxes: SandboxesService) {}

  read(principal: Principal, sandboxId: string): Promise<SandboxView> {
    return this.sandboxes.requireVisible(principal, sandboxId);
  }

  async write(principal: Principal, sandboxId: string): Promise<SandboxView> {
    const sandbox = await this.sandboxes.requireVisible(principal, sandboxId);
    if (!canWriteSandboxObjects(principal, sandbox)) {
      throw forbidden(`this token cannot change objects in sandbox "${sandboxId}"`);
    }
    return sandbox;
  }

  manage(principal: Principal, sandboxId: string): Promise<SandboxView> {
    return this.sandboxes.requireManageable(principal, sandboxId);
  }

  /** Whether the caller may read Secret values (only tokens that may write the sandbox). */
  mayReadSecrets(principal: Principal, sandbox: SandboxRef): boolean {
    return canWriteSandboxObjects(principal, sandbox);
  }
}
