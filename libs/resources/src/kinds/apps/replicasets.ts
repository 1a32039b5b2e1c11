import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { at, num } from '../../objects/read';
import { AGE_COLUMN, column, CONTAINERS_COLUMN, IMAGES_COLUMN, NAME_COLUMN, wideColumn } from '../../printing/columns';
import { containerCells } from '../../printing/containers';
import { formatLabelSelector } from '../../printing/label-selector';
import { age } from '../../printing/timestamps';
import { scaleAndStatus } from './workload-subresources';
import { defaultReplicaSet } from './replicasets/replicaset.defaults';
import { validateReplicaSet } from './replicasets/replicaset.validation';

export const REPLICA_SETS = defineResource({
  group: 'apps',
  version: 'v1',
  kind: 'ReplicaSet',
  plural: 'replicasets',
  singular: 'replicaset',
  namespaced: true,
  shortNames: ['rs'],
  categories: ['all'],
  verbs: STORED_VERBS,
  subresources: scaleAndStatus('ReplicaSet'),
  defaults: defaultReplicaSet,
  validate: validateReplicaSet,
  printer: {
    columns: [
      NAME_COLUMN,
      column('Desired', 'Desired number of pods.', { type: 'integer' }),
      column('Current', 'Pods created.', { type: 'integer' }),
      column('Ready', 'Pods ready.', { type: 'integer' }),
      AGE_COLUMN,
      CONTAINERS_COLUMN,
      IMAGES_COLUMN,
      wideColumn('Selector', 'Label selector of the pods.'),
    ],
    row: (replicaSet, now) => [
      replicaSet.metadata.name ?? '',
      num(at(replicaSet, 'spec', 'replicas'), 1),
      num(at(replicaSet, 'status', 'replicas')),
      num(at(replicaSet, 'status', 'readyReplicas')),
      age(replicaSet, now),
      ...containerCells(at(replicaSet, 'spec', 'template', 'spec')),
      formatLabelSelector(at(replicaSet, 'spec', 'selector')),
    ],
  },
});
