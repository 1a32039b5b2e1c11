import { Inject, Injectable } from '@nestjs/common';
import { CertificateAuthority } from '@ksb/certificates';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import { DomainError, forbidden, invalid } from '@ksb/errors';
import { SandboxesService } from '@ksb/sandboxes';
import { canManageSandbox, type Principal, TenancyService } from '@ksb/tenancy';
import { kubeServerUrl } from './kube-server-url';
import { renderKubeconfig } from './kubeconfig';

/** Hands out kubeconfigs: each one carries a new token scoped to its sandbox. */
@Injectable()
export class KubeconfigService {
  constructor(
    private readonly sandboxes: SandboxesService,
    private readonly tenancy: TenancyService,
    private readonly authority: CertificateAuthority,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async kubeconfig(principal: Principal, sandboxId: string, server?: string | string[]): Promise<string> {
    if (Array.isArray(server)) throw invalid('invalid server', [{ field: 'server', message: 'must be given once' }]);
    // 404 for what the caller cannot see, 403 for what it sees but may not manage (instructors, sandbox tokens).
    const sandbox = await this.sandboxes.get(principal, sandboxId);
    if (!canManageSandbox(principal, sandbox)) throw forbidden(`this token cannot get a kubeconfig for "${sandboxId}"`);
    const expired = sandbox.expiresAt !== null && Date.parse(sandbox.expiresAt) <= Date.now();
    if (sandbox.status.phase === 'Expired' || expired) {
      throw new DomainError('CONFLICT', `sandbox "${sandboxId}" has expired`);
    }
    const url = kubeServerUrl(this.config, sandbox.id, server);
    const { token } = await this.tenancy.issueToken(principal, {
      tenantId: sandbox.tenantId,
      role: 'sandbox',
      sandboxId: sandbox.id,
    });
    return renderKubeconfig({
      // The id keeps names unique when kubeconfigs of several sandboxes are merged; the name makes them readable.
      name: `${sandbox.name}-${sandbox.id}`,
      server: url,
      caPem: this.authority.certificatePem,
      token,
      namespace: 'default',
    });
  }
}
