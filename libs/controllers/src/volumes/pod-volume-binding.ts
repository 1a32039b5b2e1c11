import { volumeFitsNode } from './node-affinity';
import { claimClass, delaysBinding } from './storage-classes';
import { findBestMatch } from './volume-matching';
import {
  ANN_BIND_COMPLETED,
  ANN_SELECTED_NODE,
  NO_PROVISIONER,
  type ClaimObject,
  type ClassObject,
  type NodeObject,
  type VolumeObject,
} from './volume-types';

// For the scheduler: the VolumeBinding plugin's verdicts (PreFilter and Filter) on a pod's PersistentVolumeClaims,
// with upstream's reasons. Pure: the caller passes the sandbox's claims, volumes and storage classes.

export const VOLUME_BINDING = 'VolumeBinding';
export const ERR_REASON_BIND_CONFLICT = "node(s) didn't find available persistent volumes to bind";
export const ERR_REASON_NODE_CONFLICT = 'node(s) had volume node affinity conflict';
export const ERR_REASON_PV_NOT_EXIST = 'node(s) unavailable due to one or more pvc(s) bound to non-existent pv(s)';
export const ERR_UNBOUND_IMMEDIATE = 'pod has unbound immediate PersistentVolumeClaims';

/** The slice of a pod this reads. */
export interface PodVolumesRef {
  metadata?: { namespace?: string };
  spec?: { volumes?: ReadonlyArray<{ name?: string; persistentVolumeClaim?: { claimName: string } | null }> };
}

/** The slice of a node this reads. */
export interface NodeRef {
  metadata?: { name?: string; labels?: Readonly<Record<string, string>> };
}

export interface VolumeState {
  claims: readonly ClaimObject[];
  volumes: readonly VolumeObject[];
  classes: readonly ClassObject[];
}

/** Shaped like the scheduler's FilterResult; VolumeBinding failures are all UnschedulableAndUnresolvable. */
export type VolumeBindingResult =
  { pass: true } | { pass: false; plugin: typeof VOLUME_BINDING; reasons: string[]; unresolvable: true };

const PASS: VolumeBindingResult = { pass: true };
const fail = (reasons: string[]): VolumeBindingResult => ({
  pass: false,
  plugin: VOLUME_BINDING,
  reasons,
  unresolvable: true,
});

const claimNames = (pod: PodVolumesRef): string[] =>
  (pod.spec?.volumes ?? []).flatMap((volume) =>
    volume.persistentVolumeClaim ? [volume.persistentVolumeClaim.claimName] : [],
  );

function podClaims(pod: PodVolumesRef, state: VolumeState): Array<{ name: string; claim?: ClaimObject }> {
  const namespace = pod.metadata?.namespace ?? 'default';
  return claimNames(pod).map((name) => ({
    name,
    claim: state.claims.find((claim) => claim.metadata.namespace === namespace && claim.metadata.name === name),
  }));
}

/** isPVCFullyBound: a volume name and the binder's bind-completed mark. */
const fullyBound = (claim: ClaimObject): boolean =>
  Boolean(claim.spec?.volumeName) && claim.metadata.annotations?.[ANN_BIND_COMPLETED] !== undefined;

const classNamed = (state: VolumeState, name: string): ClassObject | undefined =>
  state.classes.find((storageClass) => storageClass.metadata.name === name);

/**
 * PreFilter: a pod whose claims are missing, lost or being deleted, or that waits for an Immediate claim to be
 * bound, fits no node. Pods without claims pass.
 */
export function podVolumesPreFilter(pod: PodVolumesRef, state: VolumeState): VolumeBindingResult {
  const claims = podClaims(pod, state);
  for (const { name, claim } of claims) {
    if (!claim) return fail([`persistentvolumeclaim "${name}" not found`]);
    if (claim.status?.phase === 'Lost') {
      return fail([
        `persistentvolumeclaim "${name}" bound to non-existent persistentvolume "${claim.spec?.volumeName ?? ''}"`,
      ]);
    }
    if (claim.metadata.deletionTimestamp) return fail([`persistentvolumeclaim "${name}" is being deleted`]);
  }
  const immediateUnbound = claims.some(
    ({ claim }) => claim && !fullyBound(claim) && !delaysBinding(classNamed(state, claimClass(claim))),
  );
  return immediateUnbound ? fail([ERR_UNBOUND_IMMEDIATE]) : PASS;
}

/**
 * Filter (FindPodVolumes) for one node: bound claims' volumes must allow the node; WaitForFirstConsumer claims need
 * an Available volume usable there, or a class that can provision (anything but kubernetes.io/no-provisioner).
 * Run after podVolumesPreFilter passed.
 */
export function podVolumesFilter(pod: PodVolumesRef, node: NodeRef, state: VolumeState): VolumeBindingResult {
  const nodeObject: NodeObject = {
    metadata: { name: node.metadata?.name, labels: { ...node.metadata?.labels } },
  };
  const nodeName = node.metadata?.name ?? '';
  let nodeConflict = false;
  let bindConflict = false;
  let volumeMissing = false;
  const chosen = new Set<string>();
  for (const { claim } of podClaims(pod, state)) {
    if (!claim) continue;
    if (fullyBound(claim)) {
      const volume = state.volumes.find((candidate) => candidate.metadata.name === claim.spec?.volumeName);
      if (!volume) volumeMissing = true;
      else if (!volumeFitsNode(volume, nodeObject)) nodeConflict = true;
      continue;
    }
    const selected = claim.metadata.annotations?.[ANN_SELECTED_NODE];
    if (selected !== undefined && selected !== nodeName) {
      bindConflict = true;
      continue;
    }
    if (selected === undefined) {
      const free = state.volumes.filter((volume) => !chosen.has(volume.metadata.name ?? ''));
      const match = findBestMatch(claim, free, { delayBinding: true, node: nodeObject });
      if (match) {
        chosen.add(match.metadata.name ?? '');
        continue;
      }
    }
    const storageClass = classNamed(state, claimClass(claim));
    if (!storageClass || storageClass.provisioner === NO_PROVISIONER) bindConflict = true;
  }
  const reasons = [
    ...(nodeConflict ? [ERR_REASON_NODE_CONFLICT] : []),
    ...(bindConflict ? [ERR_REASON_BIND_CONFLICT] : []),
    ...(volumeMissing ? [ERR_REASON_PV_NOT_EXIST] : []),
  ];
  return reasons.length ? fail(reasons) : PASS;
}

/** Whether every claim the pod mounts exists and is Bound (what the kubelet needs before mounting). */
export function podClaimsBound(pod: PodVolumesRef, state: VolumeState): boolean {
  return podClaims(pod, state).every(({ claim }) => claim?.status?.phase === 'Bound');
}
