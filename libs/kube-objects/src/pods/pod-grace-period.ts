import type { KubeObject } from '@ksb/store';

/**
 * A pod's grace period: the request's, else its spec's (default 30). Pods no kubelet runs (unscheduled,
 * finished) go at once, as upstream.
 */
export function podGracePeriod(pod: KubeObject, requested: number | undefined): number {
  const spec = pod.spec as { nodeName?: string; terminationGracePeriodSeconds?: number } | undefined;
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  if (!spec?.nodeName || phase === 'Succeeded' || phase === 'Failed') return 0;
  return requested ?? spec.terminationGracePeriodSeconds ?? 30;
}
