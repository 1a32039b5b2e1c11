import type { KindInfo } from './kind-info';

/** Which objects a request addresses: a kind in a sandbox, in a namespace or cluster-wide. */
export interface Scope {
  sandboxId: string;
  kind: KindInfo;
  /** Required for namespaced kinds except for lists and watches across all namespaces. */
  namespace?: string;
}

export interface WriteOptions {
  /** Internal: managedFields were already computed (server-side apply). */
  keepManagedFields?: boolean;
  dryRun?: boolean;
  /** Who writes (fieldManager): recorded in metadata.managedFields. */
  fieldManager?: string;
  /** Writes to the status subresource change only status. */
  subresource?: 'status';
  /**
   * Dry runs only: namespaces taken as existing (a manifest that creates a namespace and objects in it is
   * checked before anything is written).
   */
  assumeNamespaces?: readonly string[];
}

export interface ListQuery {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continueToken?: string;
}

export type PatchType = 'merge' | 'json' | 'strategic';

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

export interface DeleteOptions {
  dryRun?: boolean;
  preconditions?: { uid?: string; resourceVersion?: string };
  /** Pods: how long the kubelet has to stop it (default: its terminationGracePeriodSeconds). */
  gracePeriodSeconds?: number;
  /** What becomes of dependents (default Background: the garbage collector deletes them after). */
  propagationPolicy?: PropagationPolicy;
}
