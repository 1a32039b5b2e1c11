import { type StoredObject, StoreService } from '@ksb/store';
import { type LoopResult, runClosedLoop } from '../support/closed-loop';

const RESOURCE = 'configmaps';
const NAMESPACE = 'default';

/**
 * Single-object updates through StoreService.update: one ConfigMap per sandbox, one client per ConfigMap,
 * each sending its next update with the resourceVersion its last one returned (conditional, never stale).
 */
export async function runStoreUpdates(
  store: StoreService,
  sandboxIds: string[],
  durationMs: number,
  warmupMs: number,
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
  const update = async (client: number): Promise<void> => {
    const current = objects[client];
    const next = { ...current.object, data: { counter: String(++counter) } };
    objects[client] = await store.update(current.key, next);
  };
  await runClosedLoop(objects.length, warmupMs, update);
  return runClosedLoop(objects.length, durationMs, update);
}
