import { RESOURCES } from '@ksb/resources';
import type { KindResolver } from './dependency-graph';

// Which stored resources the garbage collector's graph covers: every persisted kind that can be deleted
// (upstream: all deletable, listable, watchable resources), except Events, which never own or depend.
const definitions = RESOURCES.definitions.filter(
  (d) =>
    d.storageVersion !== null &&
    d.storageVersion.group === d.group &&
    d.storageVersion.kind === d.kind &&
    d.kind !== 'Event' &&
    d.verbs.includes('delete'),
);

export const GC_RESOURCES: readonly string[] = [...new Set(definitions.map((d) => d.storeName))];

/**
 * Changes that can make garbage: every graph resource but node Leases, which renew every few seconds
 * and own nothing (a Lease left by a deleted Node is found on the Node's deletion or the resync).
 */
export const GC_TRIGGERS: readonly string[] = GC_RESOURCES.filter((r) => r !== 'leases.coordination.k8s.io');

const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');

/** The graph resource of an owner reference's apiVersion/kind (any version of the group). */
export const resolveKind: KindResolver = (apiVersion, kind) => {
  const definition = definitions.find((d) => d.group === groupOf(apiVersion) && d.kind === kind);
  return definition ? { resource: definition.storeName, namespaced: definition.namespaced } : undefined;
};
