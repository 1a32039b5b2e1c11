import { defineResource } from '../../../definition/define-resource';
import { STATUS_VERBS, STORED_VERBS } from '../../../definition/verbs';
import { at, str } from '../../../objects/read';
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
import { defaultPersistentVolumeClaim } from './persistentvolumeclaims/pvc.defaults';
import { validatePersistentVolumeClaim } from './persistentvolumeclaims/pvc.validation';

export const PERSISTENT_VOLUME_CLAIMS = defineResource({
  group: '',
  version: 'v1',
  kind: 'PersistentVolumeClaim',
  plural: 'persistentvolumeclaims',
  singular: 'persistentvolumeclaim',
  namespaced: true,
  shortNames: ['pvc'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: { status: { kind: 'PersistentVolumeClaim', verbs: STATUS_VERBS } },
  defaults: defaultPersistentVolumeClaim,
  validate: validatePersistentVolumeClaim,
  printer: {
    columns: [
      NAME_COLUMN,
      column('Status', 'Phase of the claim.'),
      column('Volume', 'The volume bound to the claim.'),
      column('Capacity', 'Capacity of the bound volume.'),
      column('Access Modes', 'Access modes of the bound volume.'),
      column('StorageClass', 'Storage class requested by the claim.'),
      column('VolumeAttributesClass', 'Volume attributes class requested by the claim.'),
      AGE_COLUMN,
      wideColumn('VolumeMode', 'Filesystem or Block.'),
    ],
    row: (claim, now) => {
      const volumeName = str(at(claim, 'spec', 'volumeName'));
      // Capacity and access modes are the bound volume's, so they stay empty until binding.
      const bound = volumeName !== '';
      return [
        claim.metadata.name ?? '',
        volumePhase(claim),
        volumeName,
        bound ? quantityOf(at(claim, 'status', 'capacity', 'storage')) : '',
        bound ? accessModes(at(claim, 'status', 'accessModes')) : '',
        storageClassOf(claim),
        volumeAttributesClass(claim),
        age(claim, now),
        volumeMode(claim),
      ];
    },
  },
});
