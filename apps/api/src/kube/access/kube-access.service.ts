import { Injectable } from '@nestjs/common';
import { bearerSecret, canSeeSandbox, canWriteSandboxObjects, TenancyService } from '@ksb/tenancy';
import type { KubeRequestContext } from '../request/kube-request-context';
import { notFoundStatus, unauthorizedStatus } from '../status/kube-status';
import { KubeStatusException } from '../status/kube-status.exception';
import { forbiddenStatus } from './forbidden-status';
import { type KubeSandbox, KubeSandboxesRepository } from './kube-sandboxes.repository';
import { kubeUserName } from './kube-user';
import { requestAttributes } from './request-attributes';

export interface KubeAccessRequest {
  method: string;
  sandboxId: string;
  /** The path below /clusters/{sandboxId}. */
  path: string;
  query: URLSearchParams;
  authorization: string | string[] | undefined;
}

/** Methods that change nothing: all an instructor (read-only) may use; watches are GETs. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `.` or `..` as a path segment, also percent-encoded. */
const DOT_SEGMENT = /(^|\/)(\.|%2e){1,2}(\/|$)/i;

const live = (sandbox: KubeSandbox, now: Date) =>
  sandbox.phase !== 'Expired' && (sandbox.expiresAt === null || sandbox.expiresAt > now);

/**
 * Authentication and authorization of the Kubernetes endpoint, independent of the transport (HTTP
 * requests and, later, WebSocket upgrades). Order as the API server: 401 before anything else; a sandbox
 * the token cannot see (another tenant's, unknown, expired) is 404, so its existence is not revealed;
 * writes without the right are 403.
 */
@Injectable()
export class KubeAccessService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly sandboxes: KubeSandboxesRepository,
  ) {}

  async authorize(request: KubeAccessRequest): Promise<KubeRequestContext> {
    const secret = bearerSecret(request.authorization);
    // Both lookups at once: they are half of a small request's cost. The sandbox is not used (nor its
    // existence revealed) unless the token is valid.
    const [principal, sandbox] = await Promise.all([
      secret ? this.tenancy.authenticate(secret) : Promise.resolve(null),
      this.sandboxes.find(request.sandboxId),
    ]);
    if (!principal) throw new KubeStatusException(unauthorizedStatus());
    // A dot segment could make a route read another sandbox id than the one authorized here: never served.
    const visible = sandbox && canSeeSandbox(principal, sandbox) && live(sandbox, new Date());
    if (!visible || DOT_SEGMENT.test(request.path)) {
      throw new KubeStatusException(notFoundStatus());
    }
    const user = kubeUserName(principal);
    const attributes = requestAttributes(request.method, request.path, request.query);
    if (!READ_METHODS.has(request.method.toUpperCase()) && !canWriteSandboxObjects(principal, sandbox)) {
      throw new KubeStatusException(forbiddenStatus(user, attributes));
    }
    return { principal, user, sandbox, attributes };
  }
}
