/** The metadata fields the store itself reads or maintains; everything else passes through untouched. */
export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  deletionGracePeriodSeconds?: number;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  finalizers?: string[];
  [field: string]: unknown;
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

/**
 * Where an object lives. `resource` is the qualified resource name as Kubernetes prints it in messages
 * ("pods", "deployments.apps"); `namespace` is '' for cluster-scoped kinds.
 */
export interface ObjectKey {
  sandboxId: string;
  resource: string;
  namespace: string;
  name: string;
}

export interface StoredObject {
  key: ObjectKey;
  uid: string;
  /** The object's resourceVersion: the sandbox revision of its last write. */
  revision: number;
  object: KubeObject;
}

export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

/** One entry of the change log, as watchers receive it. */
export interface ChangeEvent {
  type: ChangeType;
  revision: number;
  resource: string;
  namespace: string;
  name: string;
  object: KubeObject;
}

export const keyOf = (sandboxId: string, resource: string, namespace: string, name: string): ObjectKey => ({
  sandboxId,
  resource,
  namespace,
  name,
});

export const describeKey = (key: Pick<ObjectKey, 'resource' | 'name'>): string => `${key.resource} "${key.name}"`;

/** The body as served: resourceVersion is not stored in the JSON but derived from the row's revision. */
export function withResourceVersion(body: KubeObject, revision: number): KubeObject {
  return { ...body, metadata: { ...body.metadata, resourceVersion: String(revision) } };
}
