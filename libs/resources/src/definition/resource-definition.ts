import type { Defaulter, OpenApiSchema, Validator } from './hooks';
import type { Printer } from './printer';
import type { Verb } from './verbs';

/** A kind a subresource answers with; group and version default to the parent's. */
export interface SubresourceDefinition {
  kind: string;
  group?: string;
  version?: string;
  verbs: readonly Verb[];
}

/** The group/version/kind whose storageVersionHash discovery reports, or null for kinds never stored. */
export interface StorageVersion {
  group: string;
  version: string;
  kind: string;
}

/** What a definition file declares; defineResource derives the rest. */
export interface ResourceSpec {
  /** '' for the core group. */
  group: string;
  version: string;
  kind: string;
  /** The resource name in URLs ("deployments"). */
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames: readonly string[];
  categories: readonly string[];
  verbs: readonly Verb[];
  subresources: Readonly<Record<string, SubresourceDefinition>>;
  printer: Printer;
  /** Defaults to the kind itself; events.k8s.io Events are stored as core Events, metrics not at all. */
  storageVersion?: StorageVersion | null;
  defaults?: Defaulter;
  validate?: Validator;
  schema?: OpenApiSchema;
}

/** One Kubernetes kind: discovery, Table output and (later) defaulting, validation and OpenAPI derive from it. */
export interface ResourceDefinition extends ResourceSpec {
  /** "v1", "apps/v1". */
  apiVersion: string;
  /** "pods", "deployments.apps": how the store keys objects and how messages name the resource. */
  storeName: string;
  storageVersion: StorageVersion | null;
}
