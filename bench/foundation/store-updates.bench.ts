import { type StoredObject, StoreService } from '@ksb/store';
import { type LoopOptions, type LoopResult, runClosedLoop } from '../support/closed-loop';

const RESOURCE = 'configmaps';
const NAMESPACE = 'default';

/**
 * Single-object updates through StoreService.update: one ConfigMap per sandbox, one client per ConfigMap,
 * each sending its next update with the resourceVersion its last one returned (conditional, never stale).
 */
export async function runStoreUpdates(
  store: StoreService,
  sandboxIds: string[],
  options: Omit<LoopOptions, 'clients'>,
): Promise<LoopResult> {
  const objects: StoredObject[] = await Promise.all(
    sandboxIds.map((sandboxId) =>
      store.create(sandboxId, RESOURCE, NAMESPACE, {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'bench-counter', namespace: NAMESPACE, labels: { app: 'bench' } },
        data: { counter: '0' },
      }),
    ),
  );
  let counter = 0;
  return runClosedLoop({ ...options, clients: objects.length }, async (client) => {
    const current = objects[client];
    const next = { ...current.object, data: { counter: String(++counter) } };
    objects[client] = await store.update(current.key, next);
  });
}
