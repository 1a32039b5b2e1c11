/**
 * An API object as stored and served: JSON with metadata. Structurally compatible with the store's KubeObject,
 * declared here so this library depends on nothing with I/O.
 */
export interface ResourceObject {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMetadata;
  [field: string]: unknown;
}

export interface ObjectMetadata {
  name?: string;
  namespace?: string;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [field: string]: unknown;
}
