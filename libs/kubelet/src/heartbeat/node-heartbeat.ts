import type { Node, NodeCondition } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import { microTime } from '@ksb/controller-runtime';

/**
 * A renewed Lease when the last renewal is older than the interval. Heartbeats are written only while
 * the sandbox is active (the kubelet runs for a change): idle sandboxes cost nothing, and the node
 * lifecycle controller judges health from the node agents' state, not from lease age.
 */
export function renewedLease(lease: Lease, now: Date, intervalMs: number): Lease | undefined {
  const renewed = lease.spec?.renewTime ? Date.parse(lease.spec.renewTime) : 0;
  if (now.getTime() - renewed < intervalMs) return undefined;
  return { ...lease, spec: { ...lease.spec, renewTime: microTime(now) } };
}

/** node.status.images after pulls: newly pulled images added, as the kubelet reports its image list. */
export function withImages(
  node: Node,
  pulled: readonly { name: string; id: string; size: number }[],
): Node | undefined {
  const images = [...(node.status?.images ?? [])];
  let changed = false;
  for (const image of pulled) {
    if (images.some((known) => known.names?.includes(image.name))) continue;
    images.push({ names: [image.id, image.name], sizeBytes: image.size });
    changed = true;
  }
  return changed ? { ...node, status: { ...node.status, images } } : undefined;
}

export const readyCondition = (node: Node): NodeCondition | undefined =>
  node.status?.conditions?.find((condition) => condition.type === 'Ready');
