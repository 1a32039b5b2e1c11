import { type OwnerReference, ownerReferencesOf } from '@ksb/controller-runtime';
import type { KubeObject } from '@ksb/store';

// The garbage collector's decisions as a pure function of the objects of a sandbox (upstream
// garbagecollector.go attemptToDeleteItem, processDeletingDependentsItem and attemptToOrphanWorker).

export const FOREGROUND = 'foregroundDeletion';
export const ORPHAN = 'orphan';

export type PropagationPolicy = 'Background' | 'Foreground' | 'Orphan';

/** An object with the resource it is stored as. */
export interface GraphObject {
  resource: string;
  object: KubeObject;
}

/** Where objects of an owner reference's apiVersion/kind live; undefined when the kind is unknown. */
export type KindResolver = (apiVersion: string, kind: string) => { resource: string; namespaced: boolean } | undefined;

export interface DeleteAction {
  target: GraphObject;
  policy: PropagationPolicy;
  /** Owners found absent: checked again with a fresh read before acting (the lists are not one snapshot). */
  absentOwners: OwnerReference[];
}

export interface OwnerReferenceRemoval {
  target: GraphObject;
  uids: string[];
  absentOwners: OwnerReference[];
}

export interface FinalizerRemoval {
  target: GraphObject;
  finalizer: typeof FOREGROUND | typeof ORPHAN;
}

export interface GcPlan {
  /** Dependents to patch: references to absent, orphaning or foreground-deleting owners go. */
  removeOwnerReferences: OwnerReferenceRemoval[];
  deletes: DeleteAction[];
  /** After the reference removals above are written. */
  removeFinalizers: FinalizerRemoval[];
}

type Lookup = GraphObject | 'absent' | 'unresolvable';

const uidOf = (item: GraphObject): string => item.object.metadata.uid ?? '';
const beingDeleted = (item: GraphObject): boolean => Boolean(item.object.metadata.deletionTimestamp);
const hasFinalizer = (item: GraphObject, finalizer: string): boolean =>
  item.object.metadata.finalizers?.includes(finalizer) ?? false;

/**
 * The dependency graph: owners by coordinates, and each object's dependents (objects whose reference
 * resolves to it: same namespace, or a cluster-scoped owner).
 */
class DependencyGraph {
  private readonly byCoordinates = new Map<string, GraphObject>();
  private readonly dependents = new Map<string, Array<{ dependent: GraphObject; ref: OwnerReference }>>();

  constructor(
    readonly items: readonly GraphObject[],
    private readonly resolve: KindResolver,
  ) {
    for (const item of items) {
      const meta = item.object.metadata;
      this.byCoordinates.set(`${item.resource}/${meta.namespace ?? ''}/${meta.name ?? ''}`, item);
    }
    for (const item of items) {
      for (const ref of ownerReferencesOf(item.object)) {
        const owner = this.ownerOf(item, ref);
        if (typeof owner === 'string') continue;
        const list = this.dependents.get(uidOf(owner)) ?? [];
        list.push({ dependent: item, ref });
        this.dependents.set(uidOf(owner), list);
      }
    }
  }

  /** isDangling: looks the owner up by kind, name and the dependent's namespace, and compares uids. */
  ownerOf(dependent: GraphObject, ref: OwnerReference): Lookup {
    const kind = this.resolve(ref.apiVersion, ref.kind);
    const namespace = dependent.object.metadata.namespace ?? '';
    // Unknown kinds, and namespaced owners of cluster-scoped objects, are never decided on (as upstream).
    if (!kind || (kind.namespaced && namespace === '')) return 'unresolvable';
    const found = this.byCoordinates.get(`${kind.resource}/${kind.namespaced ? namespace : ''}/${ref.name}`);
    return found && uidOf(found) === ref.uid ? found : 'absent';
  }

  dependentsOf(owner: GraphObject): Array<{ dependent: GraphObject; ref: OwnerReference }> {
    return this.dependents.get(uidOf(owner)) ?? [];
  }
}

/** The finalizer-driven work on owners being deleted: orphaning, and waiting for blocking dependents. */
function planOwners(graph: DependencyGraph, plan: GcPlan, removals: Map<string, OwnerReferenceRemoval>): void {
  for (const owner of graph.items) {
    if (!beingDeleted(owner)) continue;
    if (hasFinalizer(owner, ORPHAN)) {
      for (const { dependent } of graph.dependentsOf(owner)) removeReference(removals, dependent, uidOf(owner));
      plan.removeFinalizers.push({ target: owner, finalizer: ORPHAN });
    } else if (hasFinalizer(owner, FOREGROUND)) {
      const blocking = graph.dependentsOf(owner).filter(({ ref }) => ref.blockOwnerDeletion === true);
      if (blocking.length === 0) plan.removeFinalizers.push({ target: owner, finalizer: FOREGROUND });
    }
  }
}

function removeReference(
  removals: Map<string, OwnerReferenceRemoval>,
  target: GraphObject,
  uid: string,
  absent?: OwnerReference,
): void {
  const removal = removals.get(uidOf(target)) ?? { target, uids: [], absentOwners: [] };
  removals.set(uidOf(target), removal);
  if (!removal.uids.includes(uid)) removal.uids.push(uid);
  if (absent) removal.absentOwners.push(absent);
}

/** attemptToDeleteItem for one dependent that is not being deleted. */
function planDependent(
  graph: DependencyGraph,
  item: GraphObject,
  plan: GcPlan,
  removals: Map<string, OwnerReferenceRemoval>,
): void {
  const refs = ownerReferencesOf(item.object);
  const solid: OwnerReference[] = [];
  const dangling: OwnerReference[] = [];
  const waiting: OwnerReference[] = [];
  for (const ref of refs) {
    const owner = graph.ownerOf(item, ref);
    if (owner === 'unresolvable') return;
    if (owner === 'absent') dangling.push(ref);
    else if (beingDeleted(owner) && hasFinalizer(owner, FOREGROUND)) waiting.push(ref);
    else solid.push(ref);
  }
  if (solid.length) {
    for (const ref of dangling) removeReference(removals, item, ref.uid, ref);
    for (const ref of waiting) removeReference(removals, item, ref.uid);
    return;
  }
  // Waited on by a foreground deletion and owning things itself: deleted in the foreground too.
  const policy: PropagationPolicy =
    waiting.length && graph.dependentsOf(item).length
      ? 'Foreground'
      : hasFinalizer(item, ORPHAN)
        ? 'Orphan'
        : hasFinalizer(item, FOREGROUND)
          ? 'Foreground'
          : 'Background';
  plan.deletes.push({ target: item, policy, absentOwners: dangling });
}

/**
 * What the garbage collector does now: dependents whose owners are all gone (or being deleted in the
 * foreground) are deleted, references to absent owners are dropped from dependents that keep another
 * owner, an orphaning owner's dependents lose their reference to it and then the owner its 'orphan'
 * finalizer, and a foreground-deleting owner loses 'foregroundDeletion' once no dependent blocks it.
 */
export function planGarbageCollection(items: readonly GraphObject[], resolve: KindResolver): GcPlan {
  const graph = new DependencyGraph(items, resolve);
  const plan: GcPlan = { removeOwnerReferences: [], deletes: [], removeFinalizers: [] };
  const removals = new Map<string, OwnerReferenceRemoval>();
  planOwners(graph, plan, removals);
  for (const item of items) {
    if (ownerReferencesOf(item.object).length === 0 || beingDeleted(item)) continue;
    planDependent(graph, item, plan, removals);
  }
  plan.removeOwnerReferences = [...removals.values()];
  return plan;
}

/** The object without its references to the given owners (ownerReferences dropped when none remain). */
export function withoutOwnerReferences(object: KubeObject, uids: readonly string[]): KubeObject {
  const rest = ownerReferencesOf(object).filter((ref) => !uids.includes(ref.uid));
  const { ownerReferences: _old, ...metadata } = object.metadata;
  return { ...object, metadata: rest.length ? { ...metadata, ownerReferences: rest } : metadata };
}

/** The object without the finalizer. */
export function withoutFinalizer(object: KubeObject, finalizer: string): KubeObject {
  const rest = (object.metadata.finalizers ?? []).filter((f) => f !== finalizer);
  const { finalizers: _old, ...metadata } = object.metadata;
  return { ...object, metadata: rest.length ? { ...metadata, finalizers: rest } : metadata };
}
