import { parseQuantity, QuantityError } from '@ksb/quantity';
import { labelSelectorFromObject, matchesLabels, SelectorError } from '@ksb/selectors';
import { volumeFitsNode } from './node-affinity';
import { claimClass, volumeClass } from './storage-classes';
import type { ClaimObject, NodeObject, VolumeObject } from './volume-types';

// Which PersistentVolume satisfies a claim (pv_controller's findBestMatchForClaim and FindMatchingVolume).

function bytes(text: unknown): number {
  if (typeof text !== 'string') return 0;
  try {
    return parseQuantity(text);
  } catch (error) {
    if (error instanceof QuantityError) return 0;
    throw error;
  }
}

export const requestedBytes = (claim: ClaimObject): number => bytes(claim.spec?.resources?.requests?.storage);

export const capacityBytes = (volume: VolumeObject): number => bytes(volume.spec?.capacity?.storage);

const modeOf = (mode: string | undefined): string => mode ?? 'Filesystem';

/** The volume offers every access mode the claim asks for. */
export const accessModesSatisfied = (claim: ClaimObject, volume: VolumeObject): boolean =>
  (claim.spec?.accessModes ?? []).every((mode) => (volume.spec?.accessModes ?? []).includes(mode));

export const volumeModesMatch = (claim: ClaimObject, volume: VolumeObject): boolean =>
  modeOf(claim.spec?.volumeMode) === modeOf(volume.spec?.volumeMode);

function selectorMatches(claim: ClaimObject, volume: VolumeObject): boolean {
  const selector = claim.spec?.selector;
  if (!selector) return true;
  try {
    return matchesLabels(labelSelectorFromObject(selector), volume.metadata.labels);
  } catch (error) {
    if (error instanceof SelectorError) return false;
    throw error;
  }
}

/** IsVolumeBoundToClaim: the volume's claimRef names the claim (and its uid, once set). */
export function isBoundTo(volume: VolumeObject, claim: ClaimObject): boolean {
  const ref = volume.spec?.claimRef;
  if (!ref) return false;
  if (ref.name !== claim.metadata.name || ref.namespace !== claim.metadata.namespace) return false;
  return !ref.uid || ref.uid === claim.metadata.uid;
}

export interface MatchOptions {
  /** The claim's class binds late (WaitForFirstConsumer): only pre-bound volumes match until a node is chosen. */
  delayBinding: boolean;
  /** The node chosen for the claim's first consumer: volumes must be usable there. */
  node?: NodeObject;
}

/**
 * The best volume for the claim: one already bound to it, else the Available one of the claim's class whose labels
 * match its selector with the fewest access modes covering the claim's, then the smallest capacity that suffices.
 */
export function findBestMatch(
  claim: ClaimObject,
  volumes: readonly VolumeObject[],
  options: MatchOptions,
): VolumeObject | undefined {
  const requested = requestedBytes(claim);
  const className = claimClass(claim);
  let best: VolumeObject | undefined;
  for (const volume of volumes) {
    if (!accessModesSatisfied(claim, volume)) continue;
    if (capacityBytes(volume) < requested || !volumeModesMatch(claim, volume)) continue;
    if (volume.metadata.deletionTimestamp) continue;
    const fits = !options.node || volumeFitsNode(volume, options.node);
    if (isBoundTo(volume, claim)) return fits ? volume : undefined;
    if (options.delayBinding && !options.node) continue;
    if (volume.status?.phase !== 'Available' || volume.spec?.claimRef) continue;
    if (!selectorMatches(claim, volume) || volumeClass(volume) !== className || !fits) continue;
    if (!best || better(volume, best)) best = volume;
  }
  return best;
}

const modeCount = (volume: VolumeObject): number => volume.spec?.accessModes?.length ?? 0;

function better(candidate: VolumeObject, best: VolumeObject): boolean {
  if (modeCount(candidate) !== modeCount(best)) return modeCount(candidate) < modeCount(best);
  return capacityBytes(candidate) < capacityBytes(best);
}

/** checkVolumeSatisfyClaim: why a volume the claim names cannot serve it ("" when it can). */
export function volumeMismatch(volume: VolumeObject, claim: ClaimObject): string {
  if (capacityBytes(volume) < requestedBytes(claim)) return 'requested PV is too small';
  if (volumeClass(volume) !== claimClass(claim)) return 'storageClassName does not match';
  if (!volumeModesMatch(claim, volume)) return 'incompatible volumeMode';
  if (!accessModesSatisfied(claim, volume)) return 'incompatible accessMode';
  return '';
}
