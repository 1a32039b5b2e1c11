import { DomainError } from '@ksb/errors';
import type { KubeObject, StoredObject, WriteOp } from '@ksb/store';

// One store object per allocated value (cluster-scoped, named by the value, in resources no API serves),
// written in the same commit as the Service that takes it. Which values are taken is read from the
// Services themselves; the markers only make two writes that pick the same free value collide in
// store_commit (create: already exists; re-use of a stale marker: revision precondition), so one of
// them retries. Upstream's IPAddress objects (MultiCIDRServiceAllocator) play the same role.

export const CLUSTER_IP_MARKERS = 'clusterips.allocations.ksb';
export const NODE_PORT_MARKERS = 'nodeports.allocations.ksb';
export type MarkerResource = typeof CLUSTER_IP_MARKERS | typeof NODE_PORT_MARKERS;

export interface MarkerOwner {
  namespace: string;
  name: string;
  uid?: string;
}

/** The markers of one kind by name, as read before the Services were. */
export type Markers = ReadonlyMap<string, StoredObject>;

const KINDS: Record<MarkerResource, string> = {
  [CLUSTER_IP_MARKERS]: 'ClusterIPAllocation',
  [NODE_PORT_MARKERS]: 'NodePortAllocation',
};

function markerObject(resource: MarkerResource, name: string, owner: MarkerOwner): KubeObject {
  return {
    apiVersion: 'allocations.ksb/v1',
    kind: KINDS[resource],
    metadata: { name },
    spec: { service: owner },
  };
}

export function ownerOf(marker: StoredObject): MarkerOwner | undefined {
  const spec = marker.object.spec as { service?: MarkerOwner } | undefined;
  return spec?.service;
}

/** Takes a value: a new marker, or a stale one (its Service no longer holds the value) taken over. */
export function claimOp(resource: MarkerResource, name: string, owner: MarkerOwner, markers: Markers): WriteOp {
  const object = markerObject(resource, name, owner);
  const stale = markers.get(name);
  if (!stale) return { op: 'create', resource, namespace: '', object };
  return { op: 'update', resource, namespace: '', name, object, expectRevision: stale.revision };
}

/** Gives a value back, when its marker still names this owner. */
export function releaseOp(resource: MarkerResource, name: string, owner: MarkerOwner, markers: Markers): WriteOp[] {
  const marker = markers.get(name);
  const held = marker && ownerOf(marker);
  if (!marker || held?.namespace !== owner.namespace || held.name !== owner.name) return [];
  if (owner.uid && held.uid && owner.uid !== held.uid) return [];
  return [{ op: 'delete', resource, namespace: '', name, expectRevision: marker.revision }];
}

/** A commit that failed on a marker: another write took the value meanwhile; allocating again may succeed. */
export function isAllocationRace(error: unknown): boolean {
  if (!(error instanceof DomainError)) return false;
  if (!['ALREADY_EXISTS', 'CONFLICT', 'NOT_FOUND'].includes(error.code)) return false;
  return [CLUSTER_IP_MARKERS, NODE_PORT_MARKERS].some((resource) => error.message.includes(`${resource} "`));
}
