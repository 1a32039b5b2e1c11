import type { KubeObject } from '@ksb/store';

export interface OwnerReference {
  apiVersion: string;
  kind: string;
  name: string;
  uid: string;
  controller?: boolean;
  blockOwnerDeletion?: boolean;
}

export const ownerReferencesOf = (object: KubeObject): OwnerReference[] =>
  (object.metadata.ownerReferences as OwnerReference[] | undefined) ?? [];

/** The owner reference marked controller: true, if any. */
export const controllerRefOf = (object: KubeObject): OwnerReference | undefined =>
  ownerReferencesOf(object).find((ref) => ref.controller === true);

export const isControlledBy = (object: KubeObject, owner: KubeObject): boolean =>
  controllerRefOf(object)?.uid === owner.metadata.uid;

/** The reference a controller puts on what it creates or adopts (controller and blockOwnerDeletion set). */
export const controllerRefTo = (owner: KubeObject): OwnerReference => ({
  apiVersion: owner.apiVersion ?? '',
  kind: owner.kind ?? '',
  name: owner.metadata.name ?? '',
  uid: owner.metadata.uid ?? '',
  controller: true,
  blockOwnerDeletion: true,
});

/** A copy of the object adopted by the owner (its controller reference added). */
export function adopt<T extends KubeObject>(object: T, owner: KubeObject): T {
  return {
    ...object,
    metadata: { ...object.metadata, ownerReferences: [...ownerReferencesOf(object), controllerRefTo(owner)] },
  };
}

/** A copy of the object released by the owner (its reference to the owner removed). */
export function release<T extends KubeObject>(object: T, owner: KubeObject): T {
  const rest = ownerReferencesOf(object).filter((ref) => ref.uid !== owner.metadata.uid);
  const { ownerReferences: _old, ...metadata } = object.metadata;
  return { ...object, metadata: rest.length ? { ...metadata, ownerReferences: rest } : metadata };
}
