import DataLoader from 'dataloader';
import { controllerRefOf } from '@ksb/controller-runtime';
import { ENDPOINT_SLICES } from '@ksb/resources';
import type { KubeObject, StoreService } from '@ksb/store';

export interface ObjectRef {
  sandboxId: string;
  resource: string;
  namespace: string;
  name: string;
}

const refKey = (ref: ObjectRef): string =>
  `${ref.sandboxId}\u0000${ref.resource}\u0000${ref.namespace}\u0000${ref.name}`;

/** A Service, to load its EndpointSlices. */
export interface ServiceRef {
  sandboxId: string;
  namespace: string;
  name: string;
}

/** The objects of a resource whose controller is the owner (a Deployment's ReplicaSets). */
export interface OwnedRef {
  sandboxId: string;
  /** The store name of the owned objects ("replicasets.apps"). */
  resource: string;
  namespace: string;
  ownerUid: string;
}

/** The label an EndpointSlice names its Service with. */
export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

const serviceKey = (ref: ServiceRef): string => `${ref.sandboxId}\u0000${ref.namespace}\u0000${ref.name}`;
const ownedKey = (ref: OwnedRef): string =>
  `${ref.sandboxId}\u0000${ref.resource}\u0000${ref.namespace}\u0000${ref.ownerUid}`;

/** Appends to the list under a key (grouping keys by what one list can read, objects by whom they belong to). */
function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const values = map.get(key);
  if (values) values.push(value);
  else map.set(key, [value]);
}

/**
 * Batched reads for field resolvers (a pod's node and owner, a service's endpoints): the references a
 * response asks for in one tick become one query per sandbox instead of one per object.
 */
export class ObjectLoaders {
  readonly objects: DataLoader<ObjectRef, KubeObject | null, string>;
  /** A service's EndpointSlices: one list per namespace for all the services a response asks about. */
  readonly endpointSlices: DataLoader<ServiceRef, KubeObject[], string>;
  /** Objects by their controller: one list per resource and namespace for all the owners asked about. */
  readonly owned: DataLoader<OwnedRef, KubeObject[], string>;

  /** `cache: false` for subscriptions: a long-lived operation must not serve what it read an hour ago. */
  constructor(store: StoreService, options: { cache: boolean }) {
    this.objects = new DataLoader<ObjectRef, KubeObject | null, string>(
      async (refs) => {
        const bySandbox = new Map<string, ObjectRef[]>();
        for (const ref of refs) push(bySandbox, ref.sandboxId, ref);
        const found = new Map<string, KubeObject>();
        await Promise.all(
          [...bySandbox].map(async ([sandboxId, group]) => {
            for (const stored of await store.findMany(sandboxId, group)) found.set(refKey(stored.key), stored.object);
          }),
        );
        return refs.map((ref) => found.get(refKey(ref)) ?? null);
      },
      { cache: options.cache, cacheKeyFn: refKey, maxBatchSize: 500 },
    );
    this.endpointSlices = new DataLoader<ServiceRef, KubeObject[], string>(
      async (refs) => {
        const byService = new Map<string, KubeObject[]>();
        const groups = new Map<string, ServiceRef[]>();
        for (const ref of refs) push(groups, `${ref.sandboxId}\u0000${ref.namespace}`, ref);
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { sandboxId, namespace } = group[0];
            const names = [...new Set(group.map((ref) => ref.name))];
            const { items } = await store.list({
              sandboxId,
              resource: ENDPOINT_SLICES.storeName,
              namespace,
              labelSelector: [{ key: SERVICE_NAME_LABEL, operator: 'In', values: names }],
            });
            for (const { object } of items) {
              const name = object.metadata.labels?.[SERVICE_NAME_LABEL] ?? '';
              push(byService, serviceKey({ sandboxId, namespace, name }), object);
            }
          }),
        );
        return refs.map((ref) => byService.get(serviceKey(ref)) ?? []);
      },
      { cache: options.cache, cacheKeyFn: serviceKey, maxBatchSize: 500 },
    );
    this.owned = new DataLoader<OwnedRef, KubeObject[], string>(
      async (refs) => {
        const byOwner = new Map<string, KubeObject[]>();
        const groups = new Map<string, OwnedRef[]>();
        for (const ref of refs) push(groups, `${ref.sandboxId}\u0000${ref.resource}\u0000${ref.namespace}`, ref);
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { sandboxId, resource, namespace } = group[0];
            const { items } = await store.list({ sandboxId, resource, namespace });
            for (const { object } of items) {
              const ownerUid = controllerRefOf(object)?.uid;
              if (ownerUid) push(byOwner, ownedKey({ sandboxId, resource, namespace, ownerUid }), object);
            }
          }),
        );
        return refs.map((ref) => byOwner.get(ownedKey(ref)) ?? []);
      },
      { cache: options.cache, cacheKeyFn: ownedKey },
    );
  }
}
