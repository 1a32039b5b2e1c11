import type { NodeInfo } from '../node-info';
import {
  claimClass,
  claimRequest,
  findMatchingVolume,
  isClaimBound,
  isDelayBinding,
  matchesTopologyTerms,
  NOT_SUPPORTED_PROVISIONER,
  selectedNodeOf,
  volumeClass,
  volumeFitsNode,
} from '../volumes';
import {
  PASS,
  type FilterResult,
  type Node,
  type PersistentVolume,
  type PersistentVolumeClaim,
  type Pod,
  type StorageClass,
} from '../types';

export const VOLUME_BINDING = 'VolumeBinding';
export const ERR_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';
export const ERR_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
export const ERR_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const ERR_PV_NOT_EXIST = 'node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)';

/** The storage objects of the cluster, as the plugin's listers and assume caches see them. */
export interface VolumeCatalog {
  /** Keyed "namespace/name". */
  claims: ReadonlyMap<string, PersistentVolumeClaim>;
  /** Keyed by name. */
  volumes: ReadonlyMap<string, PersistentVolume>;
  /** Keyed by name. */
  classes: ReadonlyMap<string, StorageClass>;
}

export const claimKey = (namespace: string, name: string): string => `${namespace}/${name}`;

/** The pod's claims sorted as binder.GetPodVolumeClaims does (PreFilter state). */
export interface PodVolumeClaims {
  bound: PersistentVolumeClaim[];
  /** Unbound claims of a WaitForFirstConsumer class: the scheduler picks their node. */
  delayed: PersistentVolumeClaim[];
  /** Candidate PVs of each delayed claim's class. */
  volumesByClass: Map<string, PersistentVolume[]>;
}

export type VolumePreFilter =
  | { status: 'skip' }
  | { status: 'ok'; claims: PodVolumeClaims }
  /** UnschedulableAndUnresolvable before any node is looked at; the message replaces the node histogram. */
  | { status: 'rejected'; message: string };

// ephemeral.VolumeClaimName: the claim of a generic ephemeral volume is named after the pod and the volume.
const ephemeralClaimName = (pod: Pod, volume: string): string => `${pod.metadata?.name ?? ''}-${volume}`;

const isOwnedBy = (claim: PersistentVolumeClaim, pod: Pod): boolean =>
  (claim.metadata?.ownerReferences ?? []).some(
    (ref) => ref.controller === true && ref.uid !== undefined && ref.uid === pod.metadata?.uid,
  );

/** The pod's claims in volume order, or podHasPVCs' error for the first that cannot be used. */
function podClaims(pod: Pod, catalog: VolumeCatalog): PersistentVolumeClaim[] | string {
  const namespace = pod.metadata?.namespace ?? '';
  const claims: PersistentVolumeClaim[] = [];
  for (const volume of pod.spec?.volumes ?? []) {
    const ephemeral = volume.persistentVolumeClaim === undefined && volume.ephemeral !== undefined;
    if (volume.persistentVolumeClaim === undefined && !ephemeral) continue;
    const name = ephemeral ? ephemeralClaimName(pod, volume.name) : (volume.persistentVolumeClaim?.claimName ?? '');
    const claim = catalog.claims.get(claimKey(namespace, name));
    if (claim === undefined) {
      // Upstream words the ephemeral case differently: the claim is normally created right after the pod.
      return ephemeral
        ? `waiting for ephemeral volume controller to create the persistentvolumeclaim "${name}"`
        : `persistentvolumeclaim "${name}" not found`;
    }
    if (claim.status?.phase === 'Lost') {
      return `persistentvolumeclaim "${name}" bound to non-existent persistentvolume "${claim.spec?.volumeName ?? ''}"`;
    }
    if (claim.metadata?.deletionTimestamp !== undefined) return `persistentvolumeclaim "${name}" is being deleted`;
    if (ephemeral && !isOwnedBy(claim, pod)) {
      return `PVC ${namespace}/${name} was not created for pod ${namespace}/${pod.metadata?.name ?? ''} (pod is not owner)`;
    }
    claims.push(claim);
  }
  return claims;
}

/**
 * VolumeBinding's PreFilter: pods without claims skip the plugin; a missing or unusable claim, or an unbound
 * claim whose class binds immediately (the PV controller has not bound it yet), rejects the pod on every node.
 */
export function volumeBindingPreFilter(pod: Pod, catalog: VolumeCatalog): VolumePreFilter {
  if (!(pod.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim !== undefined || v.ephemeral !== undefined)) {
    return { status: 'skip' };
  }
  const claims = podClaims(pod, catalog);
  if (typeof claims === 'string') return { status: 'rejected', message: claims };
  const result: PodVolumeClaims = { bound: [], delayed: [], volumesByClass: new Map() };
  let immediate = false;
  for (const claim of claims) {
    if (isClaimBound(claim)) result.bound.push(claim);
    // A claim pre-bound to a PV by name counts as immediate: the PV controller finishes that binding.
    else if (isDelayBinding(claim, catalog.classes) && (claim.spec?.volumeName ?? '') === '')
      result.delayed.push(claim);
    else immediate = true;
  }
  if (immediate) return { status: 'rejected', message: ERR_UNBOUND_IMMEDIATE };
  for (const claim of result.delayed) {
    const name = claimClass(claim);
    if (!result.volumesByClass.has(name)) {
      result.volumesByClass.set(
        name,
        [...catalog.volumes.values()].filter((v) => volumeClass(v) === name),
      );
    }
  }
  return { status: 'ok', claims: result };
}

/** What binding the pod's claims on one node takes: PVs to bind statically, claims to provision there. */
export interface PodVolumeDecision {
  bindings: { claim: PersistentVolumeClaim; volume: PersistentVolume }[];
  provisions: PersistentVolumeClaim[];
}

export interface PodVolumesOnNode {
  /** Upstream's ConflictReasons, in its order; empty when the node suits every claim. */
  reasons: string[];
  decision: PodVolumeDecision;
}

// checkVolumeProvisions: the class must name a real provisioner whose allowed topologies include the node.
function canProvision(claim: PersistentVolumeClaim, node: Node, classes: ReadonlyMap<string, StorageClass>): boolean {
  const storageClass = classes.get(claimClass(claim));
  const provisioner = storageClass?.provisioner ?? '';
  if (storageClass === undefined || provisioner === '' || provisioner === NOT_SUPPORTED_PROVISIONER) return false;
  return matchesTopologyTerms(storageClass.allowedTopologies ?? [], node);
}

function checkBoundClaims(claims: PodVolumeClaims, node: Node, catalog: VolumeCatalog): string[] {
  for (const claim of claims.bound) {
    const volume = catalog.volumes.get(claim.spec?.volumeName ?? '');
    if (volume === undefined) return [ERR_PV_NOT_EXIST];
    if (!volumeFitsNode(volume, node)) return [ERR_NODE_CONFLICT];
  }
  return [];
}

/**
 * binder.FindPodVolumes for one node: bound claims' PVs must allow the node; each delayed claim needs a
 * matching available PV there (smallest claims first, a PV used once) or a class able to provision there.
 * A claim already given a node by an earlier decision (selected-node) only fits that node.
 */
export function findPodVolumes(claims: PodVolumeClaims, node: Node, catalog: VolumeCatalog): PodVolumesOnNode {
  const reasons = checkBoundClaims(claims, node, catalog);
  const decision: PodVolumeDecision = { bindings: [], provisions: [] };
  const name = node.metadata?.name ?? '';
  const toMatch: PersistentVolumeClaim[] = [];
  let unboundOk = true;
  for (const claim of claims.delayed) {
    const selected = selectedNodeOf(claim);
    if (selected === undefined) toMatch.push(claim);
    else if (selected === name) decision.provisions.push(claim);
    else unboundOk = false;
  }
  if (unboundOk) {
    const chosen = new Set<string>();
    const bySize = [...toMatch].sort((a, b) => claimRequest(a) - claimRequest(b));
    for (const claim of bySize) {
      const volume = findMatchingVolume(claim, claims.volumesByClass.get(claimClass(claim)) ?? [], node, chosen);
      if (volume === undefined) {
        decision.provisions.push(claim);
        continue;
      }
      chosen.add(volume.metadata?.name ?? '');
      decision.bindings.push({ claim, volume });
    }
    unboundOk = decision.provisions.every((claim) => canProvision(claim, node, catalog.classes));
  }
  // Upstream lists node conflicts first, then bind conflicts, then missing PVs.
  const ordered = [
    ...reasons.filter((r) => r === ERR_NODE_CONFLICT),
    ...(unboundOk ? [] : [ERR_BIND_CONFLICT]),
    ...reasons.filter((r) => r === ERR_PV_NOT_EXIST),
  ];
  return { reasons: ordered, decision };
}

/** The Filter: every reason counts in FailedScheduling; preemption cannot help (UnschedulableAndUnresolvable). */
export function volumeBindingFilter(
  claims: PodVolumeClaims | undefined,
  info: NodeInfo,
  catalog: VolumeCatalog,
): FilterResult {
  if (claims === undefined) return PASS;
  const { reasons } = findPodVolumes(claims, info.node, catalog);
  if (reasons.length === 0) return PASS;
  return { pass: false, plugin: VOLUME_BINDING, reasons, unresolvable: true };
}
