import { at, list, str } from '../../../objects/read';
import type { ResourceObject } from '../../../objects/resource-object';

// Cells shared by PersistentVolumes and PersistentVolumeClaims.

const ACCESS_MODES: readonly [mode: string, short: string][] = [
  ['ReadWriteOnce', 'RWO'],
  ['ReadOnlyMany', 'ROX'],
  ['ReadWriteMany', 'RWX'],
  ['ReadWriteOncePod', 'RWOP'],
];

/** "RWO,RWX": each mode once, in upstream's fixed order whatever the list's order. */
export function accessModes(modes: unknown): string {
  const present = new Set(list(modes).map((mode) => str(mode)));
  return ACCESS_MODES.filter(([mode]) => present.has(mode))
    .map(([, short]) => short)
    .join(',');
}

/** The beta storage-class annotation still wins over spec.storageClassName, as upstream reads it. */
export function storageClassOf(object: ResourceObject): string {
  const annotation = object.metadata.annotations?.['volume.beta.kubernetes.io/storage-class'];
  return annotation ?? str(at(object, 'spec', 'storageClassName'));
}

/** A quantity as stored; Go prints an absent one as "0". */
export const quantityOf = (value: unknown): string => str(value, '0') || '0';

/** The phase, or Terminating once deletion started. */
export const volumePhase = (object: ResourceObject): string =>
  object.metadata.deletionTimestamp ? 'Terminating' : str(at(object, 'status', 'phase'));

export const volumeMode = (object: ResourceObject): string => str(at(object, 'spec', 'volumeMode')) || '<unset>';

export const volumeAttributesClass = (object: ResourceObject): string =>
  str(at(object, 'spec', 'volumeAttributesClassName')) || '<unset>';
