import { defineResource } from '../../../definition/define-resource';
import { STATUS_VERBS, STORED_VERBS } from '../../../definition/verbs';
import { at, str } from '../../../objects/read';
import type { ResourceObject } from '../../../objects/resource-object';
import { AGE_COLUMN, column, NAME_COLUMN, wideColumn } from '../../../printing/columns';
import { age } from '../../../printing/timestamps';
import {
  accessModes,
  quantityOf,
  storageClassOf,
  volumeAttributesClass,
  volumeMode,
  volumePhase,
} from './volume-cells';
import { defaultPersistentVolume } from './persistentvolumes/pv.defaults';
import { withMetadata } from '../../shared/with-metadata';

/** "namespace/name" of the bound claim, "" when unbound. */
function claim(volume: ResourceObject): string {
  const claimRef = at(volume, 'spec', 'claimRef');
  if (claimRef === undefined || claimRef === null) return '';
  return `${str(at(claimRef, 'namespace'))}/${str(at(claimRef, 'name'))}`;
}

export const PERSISTENT_VOLUMES = defineResource({
  group: '',
  version: 'v1',
  kind: 'PersistentVolume',
  plural: 'persistentvolumes',
  singular: 'persistentvolume',
  namespaced: false,
  shortNames: ['pv'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: { status: { kind: 'PersistentVolume', verbs: STATUS_VERBS } },
  defaults: defaultPersistentVolume,
  validate: withMetadata(),
  printer: {
    columns: [
      NAME_COLUMN,
      column('Capacity', 'Storage capacity of the volume.'),
      column('Access Modes', 'How the volume can be mounted.'),
      column('Reclaim Policy', 'What happens to the volume when its claim is released.'),
      column('Status', 'Phase of the volume.'),
      column('Claim', 'The claim bound to the volume.'),
      column('StorageClass', 'Storage class of the volume.'),
      column('VolumeAttributesClass', 'Volume attributes class of the volume.'),
      column('Reason', 'Why the volume is in its phase.'),
      AGE_COLUMN,
      wideColumn('VolumeMode', 'Filesystem or Block.'),
    ],
    row: (volume, now) => [
      volume.metadata.name ?? '',
      quantityOf(at(volume, 'spec', 'capacity', 'storage')),
      accessModes(at(volume, 'spec', 'accessModes')),
      str(at(volume, 'spec', 'persistentVolumeReclaimPolicy')),
      volumePhase(volume),
      claim(volume),
      storageClassOf(volume),
      volumeAttributesClass(volume),
      str(at(volume, 'status', 'reason')),
      age(volume, now),
      volumeMode(volume),
    ],
  },
});
