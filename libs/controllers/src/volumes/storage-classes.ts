import {
  ANN_BETA_DEFAULT_CLASS,
  ANN_BETA_STORAGE_CLASS,
  ANN_DEFAULT_CLASS,
  type ClaimObject,
  type ClassObject,
  type VolumeObject,
} from './volume-types';

// Storage class lookups (storage/util and component-helpers/storage/volume).

/** GetPersistentVolumeClaimClass: the beta annotation wins over spec.storageClassName; "" means no class. */
export function claimClass(claim: ClaimObject): string {
  const annotated = claim.metadata.annotations?.[ANN_BETA_STORAGE_CLASS];
  if (annotated !== undefined) return annotated;
  return claim.spec?.storageClassName ?? '';
}

/** GetPersistentVolumeClass. */
export function volumeClass(volume: VolumeObject): string {
  const annotated = volume.metadata.annotations?.[ANN_BETA_STORAGE_CLASS];
  if (annotated !== undefined) return annotated;
  return volume.spec?.storageClassName ?? '';
}

/** A claim that names no class at all (nil, not ""), which the default class is assigned to retroactively. */
export function wantsDefaultClass(claim: ClaimObject): boolean {
  const name = claim.spec?.storageClassName as string | null | undefined;
  return (name === undefined || name === null) && claim.metadata.annotations?.[ANN_BETA_STORAGE_CLASS] === undefined;
}

const isDefault = (storageClass: ClassObject): boolean =>
  storageClass.metadata.annotations?.[ANN_DEFAULT_CLASS] === 'true' ||
  storageClass.metadata.annotations?.[ANN_BETA_DEFAULT_CLASS] === 'true';

/** GetDefaultClass: among the classes marked default, the newest (then the first by name). */
export function defaultClass(classes: readonly ClassObject[]): ClassObject | undefined {
  const created = (storageClass: ClassObject) => Date.parse(storageClass.metadata.creationTimestamp ?? '') || 0;
  return classes
    .filter(isDefault)
    .sort((a, b) => created(b) - created(a) || ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1))[0];
}

/** WaitForFirstConsumer classes bind (and provision) only once a pod using the claim is scheduled. */
export const delaysBinding = (storageClass: ClassObject | undefined): boolean =>
  storageClass?.volumeBindingMode === 'WaitForFirstConsumer';
