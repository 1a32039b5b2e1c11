import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { at, num } from '../../objects/read';
import { AGE_COLUMN, column, CONTAINERS_COLUMN, IMAGES_COLUMN, NAME_COLUMN } from '../../printing/columns';
import { containerCells } from '../../printing/containers';
import { age } from '../../printing/timestamps';
import { scaleAndStatus } from './workload-subresources';
import { defaultStatefulSet } from './statefulsets/statefulset.defaults';
import { validateStatefulSet } from './statefulsets/statefulset.validation';

export const STATEFUL_SETS = defineResource({
  group: 'apps',
  version: 'v1',
  kind: 'StatefulSet',
  plural: 'statefulsets',
  singular: 'statefulset',
  namespaced: true,
  shortNames: ['sts'],
  categories: ['all'],
  verbs: STORED_VERBS,
  subresources: scaleAndStatus('StatefulSet'),
  defaults: defaultStatefulSet,
  validate: validateStatefulSet,
  printer: {
    columns: [
      NAME_COLUMN,
      column('Ready', 'Ready pods of desired pods.'),
      AGE_COLUMN,
      CONTAINERS_COLUMN,
      IMAGES_COLUMN,
    ],
    row: (statefulSet, now) => [
      statefulSet.metadata.name ?? '',
      `${num(at(statefulSet, 'status', 'readyReplicas'))}/${num(at(statefulSet, 'spec', 'replicas'), 1)}`,
      age(statefulSet, now),
      ...containerCells(at(statefulSet, 'spec', 'template', 'spec')),
    ],
  },
});
