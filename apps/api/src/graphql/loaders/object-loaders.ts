import DataLoader from 'dataloader';
import type { KubeObject, StoreService } from '@ksb/store';

export interface ObjectRef {
  sandboxId: string;
  resource: string;
  namespace: string;
  name: string;
}

const refKey = (ref: ObjectRef): string =>
  `${ref.sandboxId}\u0000${ref.resource}\u0000${ref.namespace}\u0000${ref.name}`;

/**
 * Batched reads for field resolvers (a pod's node and owner, a service's endpoints): the references a
 * response asks for in one tick become one query per sandbox instead of one per object.
 */
export class ObjectLoaders {
  readonly objects: DataLoader<ObjectRef, KubeObject | null, string>;

  /** `cache: false` for subscriptions: a long-lived operation must not serve what it read an hour ago. */
  constructor(store: StoreService, options: { cache: boolean }) {
    this.objects = new DataLoader<ObjectRef, KubeObject | null, string>(
      async (refs) => {
        const bySandbox = new Map<string, ObjectRef[]>();
        for (const ref of refs) bySandbox.set(ref.sandboxId, [...(bySandbox.get(ref.sandboxId) ?? []), ref]);
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
  }
}
