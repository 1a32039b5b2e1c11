import type { Principal } from '@ksb/tenancy';

/**
 * The user name Kubernetes messages show: the platform user id a token acts for (stable and unique,
 * unlike display names), else the token itself; the platform administrator is a fixed name.
 */
export function kubeUserName(principal: Principal): string {
  if (principal.kind === 'admin') return 'kube-sandbox:admin';
  return principal.userId ?? `kube-sandbox:token:${principal.tokenId}`;
}
