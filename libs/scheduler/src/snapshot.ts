import { addPodToNodeInfo, buildNodeInfo, nodeName, podsOn, type NodeInfo } from './node-info';
import { indexWorkloads, type WorkloadIndex, type Workloads } from './plugins/pod-topology-spread/default-selector';
import { recordAssumedPod, type DomainCountCache } from './plugins/pod-topology-spread/domain-counts';
import { claimKey, findPodVolumes, volumeBindingPreFilter, type VolumeCatalog } from './plugins/volume-binding';
import type { Node, PersistentVolume, PersistentVolumeClaim, Pod, PodsOnNodes, StorageClass } from './types';
import { bindVolumeToClaim, selectNodeForClaim } from './volumes';

/** Everything one scheduling run reads, as listed from the store. */
export interface ClusterState extends Workloads {
  nodes: readonly Node[];
  /** All pods; those with spec.nodeName count on that node (terminal ones hold nothing). */
  pods?: readonly Pod[];
  /** Alternatively (or additionally), pods already grouped by node name. */
  podsOnNodes?: PodsOnNodes;
  persistentVolumeClaims?: readonly PersistentVolumeClaim[];
  persistentVolumes?: readonly PersistentVolume[];
  storageClasses?: readonly StorageClass[];
}

/**
 * The scheduler cache's snapshot for a run: NodeInfos built once, storage objects by key, and the round-robin
 * start of the node search. scheduleOne reads it; assume updates it so later decisions see earlier ones.
 */
export interface SchedulingSnapshot {
  readonly nodes: readonly NodeInfo[];
  readonly nodeInfos: ReadonlyMap<string, NodeInfo>;
  readonly volumes: VolumeCatalog & {
    claims: Map<string, PersistentVolumeClaim>;
    volumes: Map<string, PersistentVolume>;
  };
  readonly workloads: WorkloadIndex;
  /** Spreading counts per domain already taken this run, kept true by assume. */
  readonly domainCounts: DomainCountCache;
  /** Upstream's nextStartNodeIndex: the next cycle starts its node search here. */
  nextStartNodeIndex: number;
}

const byName = <T extends { metadata?: { name?: string } }>(objects: readonly T[] = []) =>
  new Map(objects.map((o) => [o.metadata?.name ?? '', o] as const));

export function createSnapshot(state: ClusterState): SchedulingSnapshot {
  const bound = new Map<string, Pod[]>();
  for (const pod of state.pods ?? []) {
    const node = pod.spec?.nodeName ?? '';
    if (node === '') continue;
    const list = bound.get(node);
    if (list === undefined) bound.set(node, [pod]);
    else list.push(pod);
  }
  const nodes = state.nodes.map((node) => {
    const name = nodeName(node);
    const grouped = state.podsOnNodes === undefined ? [] : podsOn(state.podsOnNodes, name);
    const listed = bound.get(name) ?? [];
    return buildNodeInfo(node, grouped.length === 0 ? listed : [...grouped, ...listed]);
  });
  const claims = new Map(
    (state.persistentVolumeClaims ?? []).map(
      (c) => [claimKey(c.metadata?.namespace ?? '', c.metadata?.name ?? ''), c] as const,
    ),
  );
  return {
    nodes,
    nodeInfos: new Map(nodes.map((info) => [info.name, info] as const)),
    volumes: { claims, volumes: byName(state.persistentVolumes), classes: byName(state.storageClasses) },
    workloads: indexWorkloads(state),
    domainCounts: new Map(),
    nextStartNodeIndex: 0,
  };
}

/**
 * The scheduler cache's AssumePod plus the volume binder's AssumePodVolumes: the pod counts on the node
 * (resources, host ports, spreading) and the PVs it would bind or the claims it would have provisioned there
 * are taken, so the rest of the run sees them. Throws for a node the snapshot does not have.
 */
export function assume(snapshot: SchedulingSnapshot, pod: Pod, node: string): void {
  const info = snapshot.nodeInfos.get(node);
  if (info === undefined) throw new Error(`node "${node}" is not in the scheduling snapshot`);
  const prefilter = volumeBindingPreFilter(pod, snapshot.volumes);
  if (prefilter.status === 'ok') {
    const { decision } = findPodVolumes(prefilter.claims, info.node, snapshot.volumes);
    for (const { claim, volume } of decision.bindings) {
      snapshot.volumes.volumes.set(volume.metadata?.name ?? '', bindVolumeToClaim(volume, claim));
    }
    for (const claim of decision.provisions) {
      const key = claimKey(claim.metadata?.namespace ?? '', claim.metadata?.name ?? '');
      snapshot.volumes.claims.set(key, selectNodeForClaim(claim, node));
    }
  }
  const bound: Pod = { ...pod, spec: { ...pod.spec, nodeName: node } };
  addPodToNodeInfo(info, bound);
  recordAssumedPod(snapshot.domainCounts, bound, info);
}
