import type { Principal } from '@ksb/tenancy';
import type { KubeSandbox } from '../access/kube-sandboxes.repository';
import type { RequestAttributes } from '../access/request-attributes';

/** Who asks what of which sandbox: set on every request under /clusters/{sandboxId} before any handler runs. */
export interface KubeRequestContext {
  principal: Principal;
  /** The Kubernetes user name (messages, managedFields). */
  user: string;
  sandbox: KubeSandbox;
  /** Verb and resource as authorization parsed them from the path below the prefix. */
  attributes: RequestAttributes;
}
