import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@ksb/config';
import { DomainError } from '@ksb/errors';
import { SandboxesService } from '@ksb/sandboxes';
import { type Principal, TenancyService } from '@ksb/tenancy';

/** One open subscription as the monitor sees it. */
export interface AccessLease {
  readonly principal: Principal;
  readonly sandboxId: string;
  /** Set when access ended (token revoked, sandbox deleted or expired): the subscription must stop. */
  readonly revoked: DomainError | undefined;
  release(): void;
}

interface Lease extends AccessLease {
  revoked: DomainError | undefined;
  onRevoked: () => void;
}

/**
 * Re-checks the access of every open subscription: whether its token is still active and its sandbox still
 * there. One batched pair of queries per period for all subscriptions of the process, however many; each
 * event then consults its lease's verdict (at most one period old) before it is sent. With no subscription
 * there is no timer.
 */
@Injectable()
export class SubscriptionAccessMonitor implements OnModuleDestroy {
  private readonly logger = new Logger(SubscriptionAccessMonitor.name);
  private readonly leases = new Set<Lease>();
  private timer?: NodeJS.Timeout;
  private checking = false;

  constructor(
    private readonly tenancy: TenancyService,
    private readonly sandboxes: SandboxesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get size(): number {
    return this.leases.size;
  }

  /** `onRevoked` is called once, when a check finds the access gone. */
  lease(principal: Principal, sandboxId: string, onRevoked: () => void): AccessLease {
    const lease: Lease = {
      principal,
      sandboxId,
      revoked: undefined,
      onRevoked,
      release: () => {
        this.leases.delete(lease);
        if (this.leases.size === 0) this.stop();
      },
    };
    this.leases.add(lease);
    this.timer ??= setInterval(() => void this.check(), this.config.GRAPHQL_ACCESS_RECHECK_MS);
    return lease;
  }

  /** Runs one check now (also what the timer runs). */
  async check(): Promise<void> {
    if (this.checking || this.leases.size === 0) return;
    this.checking = true;
    try {
      const leases = [...this.leases];
      const tokenIds = new Set<string>();
      const sandboxIds = new Set<string>();
      for (const lease of leases) {
        sandboxIds.add(lease.sandboxId);
        if (lease.principal.kind === 'token') tokenIds.add(lease.principal.tokenId);
      }
      const [activeTokens, liveSandboxes] = await Promise.all([
        this.tenancy.activeTokenIds([...tokenIds]),
        this.sandboxes.liveSandboxIds([...sandboxIds]),
      ]);
      for (const lease of leases) {
        const revoked = lease.principal.kind === 'token' && !activeTokens.has(lease.principal.tokenId);
        if (revoked) this.end(lease, new DomainError('UNAUTHENTICATED', 'the token has been revoked'));
        else if (!liveSandboxes.has(lease.sandboxId)) {
          this.end(lease, new DomainError('NOT_FOUND', `sandbox "${lease.sandboxId}" not found`));
        }
      }
    } catch (error) {
      // A failed check keeps the last verdicts; the next period tries again.
      this.logger.warn(`subscription access check failed: ${String(error)}`);
    } finally {
      this.checking = false;
    }
  }

  onModuleDestroy(): void {
    this.stop();
  }

  private end(lease: Lease, error: DomainError): void {
    if (lease.revoked) return;
    lease.revoked = error;
    this.leases.delete(lease);
    lease.onRevoked();
  }

  private stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
