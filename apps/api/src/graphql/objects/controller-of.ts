import type { ObjectMeta } from '../common/object-meta.type';
import type { ObjectLoaders } from '../loaders/object-loaders';
import { GenericObject, toGenericObject } from './kube-object.type';
import { storeNameOfKind } from './store-name';

/**
 * An object's controller (a ReplicaSet's Deployment), batched with the other references of the response;
 * null when it has none, of a kind not served, or when the object found has another uid (a namesake).
 */
export async function controllerOf(
  sandboxId: string,
  metadata: ObjectMeta,
  loaders: ObjectLoaders,
): Promise<GenericObject | null> {
  const owner = metadata.ownerReferences.find((ref) => ref.controller);
  const storeName = owner && storeNameOfKind(owner.apiVersion, owner.kind);
  if (!owner || !storeName) return null;
  const found = await loaders.objects.load({
    sandboxId,
    resource: storeName,
    namespace: metadata.namespace ?? '',
    name: owner.name,
  });
  return found && found.metadata.uid === owner.uid ? toGenericObject(found) : null;
}
