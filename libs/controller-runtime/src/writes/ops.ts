import type { KubeObject, WriteOp } from '@ksb/store';

const revisionOf = (object: KubeObject): number | undefined => {
  const rv = object.metadata.resourceVersion;
  return rv ? Number(rv) : undefined;
};

/** An update conditional on the version the controller read (a stale read fails the commit with Conflict). */
export const updateOp = (resource: string, object: KubeObject): WriteOp => ({
  op: 'update',
  resource,
  namespace: object.metadata.namespace ?? '',
  name: object.metadata.name ?? '',
  object,
  expectRevision: revisionOf(object),
});

/** Creates a new object as the controller built it (no defaults; see ObjectsService.prepareCreate for those). */
export const createOp = (resource: string, object: KubeObject): WriteOp => ({
  op: 'create',
  resource,
  namespace: object.metadata.namespace ?? '',
  object,
});

/** Removes the object the controller read, and only that incarnation of it (uid precondition). */
export const deleteOp = (resource: string, object: KubeObject): WriteOp => ({
  op: 'delete',
  resource,
  namespace: object.metadata.namespace ?? '',
  name: object.metadata.name ?? '',
  expectUid: object.metadata.uid,
});
