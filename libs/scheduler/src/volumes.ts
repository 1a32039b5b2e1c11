import { parseQuantity } from '@ksb/quantity';
import { labelSelectorFromObject, matchesLabels } from '@ksb/selectors';
import { matchesTerm } from './plugins/node-affinity';
import type { Node, PersistentVolume, PersistentVolumeClaim, StorageClass, TopologySelectorTerm } from './types';

// Well-known annotations of the volume binding protocol (pkg/controller/volume/persistentvolume/util).
export const ANN_BETA_STORAGE_CLASS = 'volume.beta.kubernetes.io/storage-class';
export const ANN_BIND_COMPLETED = 'pv.kubernetes.io/bind-completed';
export const ANN_BOUND_BY_CONTROLLER = 'pv.kubernetes.io/bound-by-controller';
export const ANN_SELECTED_NODE = 'volume.kubernetes.io/selected-node';
export const NOT_SUPPORTED_PROVISIONER = 'kubernetes.io/no-provisioner';

const annotation = (object: { metadata?: { annotations?: Readonly<Record<string, string>> } }, key: string) => {
  const annotations = object.metadata?.annotations;
  return annotations !== undefined && Object.hasOwn(annotations, key) ? annotations[key] : undefined;
};

/** storagehelpers.GetPersistentVolumeClaimClass: the beta annotation wins over spec.storageClassName. */
export const claimClass = (claim: PersistentVolumeClaim): string =>
  annotation(claim, ANN_BETA_STORAGE_CLASS) ?? claim.spec?.storageClassName ?? '';

/** storagehelpers.GetPersistentVolumeClass. */
export const volumeClass = (volume: PersistentVolume): string =>
  annotation(volume, ANN_BETA_STORAGE_CLASS) ?? volume.spec?.storageClassName ?? '';

export const selectedNodeOf = (claim: PersistentVolumeClaim): string | undefined =>
  annotation(claim, ANN_SELECTED_NODE);

/**
 * isPVCFullyBound: volumeName set and the binder's bind-completed annotation present. A Bound phase is
 * accepted as well, for binders that only report the phase.
 */
export const isClaimBound = (claim: PersistentVolumeClaim): boolean =>
  (claim.spec?.volumeName ?? '') !== '' &&
  (annotation(claim, ANN_BIND_COMPLETED) !== undefined || claim.status?.phase === 'Bound');

/** volume.IsDelayBindingMode: only a class that exists and says WaitForFirstConsumer delays binding. */
export function isDelayBinding(claim: PersistentVolumeClaim, classes: ReadonlyMap<string, StorageClass>): boolean {
  const name = claimClass(claim);
  if (name === '') return false;
  return classes.get(name)?.volumeBindingMode === 'WaitForFirstConsumer';
}

/** volume.CheckNodeAffinity: the PV's required terms against the node's labels only (no metadata.name). */
export function volumeFitsNode(volume: PersistentVolume, node: Node): boolean {
  const required = volume.spec?.nodeAffinity?.required;
  if (required === undefined) return true;
  const labelsOnly: Node = { metadata: { labels: node.metadata?.labels ?? {} } };
  return (required.nodeSelectorTerms ?? []).some((term) => matchesTerm(term, labelsOnly));
}

/** v1helper.MatchTopologySelectorTerms: no terms allow everything; terms are ORed, expressions ANDed. */
export function matchesTopologyTerms(terms: readonly TopologySelectorTerm[], node: Node): boolean {
  if (terms.length === 0) return true;
  const labels = node.metadata?.labels ?? {};
  return terms.some((term) =>
    (term.matchLabelExpressions ?? []).every(
      ({ key, values }) => Object.hasOwn(labels, key) && values.includes(labels[key]),
    ),
  );
}

const storageOf = (list: Readonly<Record<string, string>> | undefined): number =>
  list?.storage === undefined ? 0 : parseQuantity(list.storage);

export const claimRequest = (claim: PersistentVolumeClaim): number => storageOf(claim.spec?.resources?.requests);

/** IsVolumeBoundToClaim: the PV's claimRef names the claim (and its uid, when the ref carries one). */
export function isVolumeBoundToClaim(volume: PersistentVolume, claim: PersistentVolumeClaim): boolean {
  const ref = volume.spec?.claimRef;
  if (ref === undefined) return false;
  if ((ref.name ?? '') !== (claim.metadata?.name ?? '')) return false;
  if ((ref.namespace ?? '') !== (claim.metadata?.namespace ?? '')) return false;
  return (ref.uid ?? '') === '' || ref.uid === claim.metadata?.uid;
}

const accessModesFit = (claim: PersistentVolumeClaim, volume: PersistentVolume): boolean =>
  (claim.spec?.accessModes ?? []).every((mode) => (volume.spec?.accessModes ?? []).includes(mode));

function selectorMatches(claim: PersistentVolumeClaim, volume: PersistentVolume): boolean {
  const selector = claim.spec?.selector;
  if (selector === undefined) return true;
  try {
    return matchesLabels(labelSelectorFromObject(selector), volume.metadata?.labels);
  } catch {
    // Upstream fails the lookup on an invalid selector; matching nothing is the closest pure outcome.
    return false;
  }
}

/**
 * volume.FindMatchingVolume on the scheduler path: a PV pre-bound to the claim wins (if it fits the node);
 * otherwise the smallest Available PV of the claim's class that is big enough, has the same volume mode, the
 * access modes, matches the claim's selector and fits the node.
 */
export function findMatchingVolume(
  claim: PersistentVolumeClaim,
  volumes: readonly PersistentVolume[],
  node: Node,
  excluded: ReadonlySet<string>,
): PersistentVolume | undefined {
  const requested = claimRequest(claim);
  const wantedClass = claimClass(claim);
  let smallest: PersistentVolume | undefined;
  let smallestSize = 0;
  for (const volume of volumes) {
    if (excluded.has(volume.metadata?.name ?? '')) continue;
    const boundToClaim = isVolumeBoundToClaim(volume, claim);
    if (volume.spec?.claimRef !== undefined && !boundToClaim) continue;
    const size = storageOf(volume.spec?.capacity);
    if (size < requested) continue;
    if ((claim.spec?.volumeMode ?? 'Filesystem') !== (volume.spec?.volumeMode ?? 'Filesystem')) continue;
    if (volume.metadata?.deletionTimestamp !== undefined) continue;
    const fits = volumeFitsNode(volume, node);
    if (boundToClaim) return fits ? volume : undefined;
    if (volume.status?.phase !== 'Available' || !selectorMatches(claim, volume)) continue;
    if (volumeClass(volume) !== wantedClass || !fits || !accessModesFit(claim, volume)) continue;
    if (smallest === undefined || size < smallestSize) {
      smallest = volume;
      smallestSize = size;
    }
  }
  return smallest;
}

/** GetBindVolumeToClaim as the scheduler assumes it: the PV's claimRef points at the claim. */
export function bindVolumeToClaim(volume: PersistentVolume, claim: PersistentVolumeClaim): PersistentVolume {
  return {
    ...volume,
    metadata: {
      ...volume.metadata,
      annotations: { ...volume.metadata?.annotations, [ANN_BOUND_BY_CONTROLLER]: 'yes' },
    },
    spec: {
      ...volume.spec,
      claimRef: {
        namespace: claim.metadata?.namespace ?? '',
        name: claim.metadata?.name ?? '',
        ...(claim.metadata?.uid === undefined ? {} : { uid: claim.metadata.uid }),
      },
    },
  };
}

/** What PreBind writes for a claim to provision: the node the provisioner must create its volume for. */
export function selectNodeForClaim(claim: PersistentVolumeClaim, node: string): PersistentVolumeClaim {
  return {
    ...claim,
    metadata: { ...claim.metadata, annotations: { ...claim.metadata?.annotations, [ANN_SELECTED_NODE]: node } },
  };
}
