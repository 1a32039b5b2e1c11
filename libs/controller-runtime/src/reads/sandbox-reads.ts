import type { KubeObject, StoreService } from '@ksb/store';

/** Every object of a resource in the sandbox (or one namespace), as served (with resourceVersion). */
export async function listObjects<T extends KubeObject = KubeObject>(
  store: StoreService,
  sandboxId: string,
  resource: string,
  namespace?: string,
): Promise<T[]> {
  const result = await store.list({ sandboxId, resource, namespace });
  return result.items.map((item) => item.object as T);
}
