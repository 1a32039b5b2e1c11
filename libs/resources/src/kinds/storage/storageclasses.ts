import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { bool, str } from '../../objects/read';
import type { ResourceObject } from '../../objects/resource-object';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { defaultStorageClass } from './storageclasses/storageclass.defaults';
import { withMetadata } from '../shared/with-metadata';

const DEFAULT_CLASS_ANNOTATIONS = [
  'storageclass.kubernetes.io/is-default-class',
  'storageclass.beta.kubernetes.io/is-default-class',
];

export const isDefaultStorageClass = (storageClass: ResourceObject): boolean =>
  DEFAULT_CLASS_ANNOTATIONS.some((key) => storageClass.metadata.annotations?.[key] === 'true');

export const STORAGE_CLASSES = defineResource({
  group: 'storage.k8s.io',
  version: 'v1',
  kind: 'StorageClass',
  plural: 'storageclasses',
  singular: 'storageclass',
  namespaced: false,
  shortNames: ['sc'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  defaults: defaultStorageClass,
  validate: withMetadata(),
  printer: {
    columns: [
      NAME_COLUMN,
      column('Provisioner', 'Provisioner of volumes of the class.'),
      column('ReclaimPolicy', 'Reclaim policy of provisioned volumes.'),
      column('VolumeBindingMode', 'When claims are bound and provisioned.'),
      column('AllowVolumeExpansion', 'Whether claims may grow.'),
      AGE_COLUMN,
    ],
    row: (storageClass, now) => [
      `${storageClass.metadata.name ?? ''}${isDefaultStorageClass(storageClass) ? ' (default)' : ''}`,
      str(storageClass.provisioner),
      str(storageClass.reclaimPolicy) || 'Delete',
      str(storageClass.volumeBindingMode) || 'Immediate',
      bool(storageClass.allowVolumeExpansion),
      age(storageClass, now),
    ],
  },
});
