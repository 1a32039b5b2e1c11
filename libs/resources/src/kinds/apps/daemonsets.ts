import { defineResource } from '../../definition/define-resource';
import { STATUS_VERBS, STORED_VERBS } from '../../definition/verbs';
import { at, num } from '../../objects/read';
import { AGE_COLUMN, column, CONTAINERS_COLUMN, IMAGES_COLUMN, NAME_COLUMN, wideColumn } from '../../printing/columns';
import { containerCells } from '../../printing/containers';
import { formatLabelSelector } from '../../printing/label-selector';
import { formatLabels } from '../../printing/labels';
import { age } from '../../printing/timestamps';
import { defaultDaemonSet } from './daemonsets/daemonset.defaults';
import { validateDaemonSet } from './daemonsets/daemonset.validation';

export const DAEMON_SETS = defineResource({
  group: 'apps',
  version: 'v1',
  kind: 'DaemonSet',
  plural: 'daemonsets',
  singular: 'daemonset',
  namespaced: true,
  shortNames: ['ds'],
  categories: ['all'],
  verbs: STORED_VERBS,
  subresources: { status: { kind: 'DaemonSet', verbs: STATUS_VERBS } },
  defaults: defaultDaemonSet,
  validate: validateDaemonSet,
  printer: {
    columns: [
      NAME_COLUMN,
      column('Desired', 'Nodes that should run the pod.', { type: 'integer' }),
      column('Current', 'Nodes running the pod.', { type: 'integer' }),
      column('Ready', 'Nodes with the pod ready.', { type: 'integer' }),
      column('Up-to-date', 'Nodes running the current template.', { type: 'integer' }),
      column('Available', 'Nodes with the pod available.', { type: 'integer' }),
      column('Node Selector', 'Node selector of the pod template.'),
      AGE_COLUMN,
      CONTAINERS_COLUMN,
      IMAGES_COLUMN,
      wideColumn('Selector', 'Label selector of the pods.'),
    ],
    row: (daemonSet, now) => [
      daemonSet.metadata.name ?? '',
      num(at(daemonSet, 'status', 'desiredNumberScheduled')),
      num(at(daemonSet, 'status', 'currentNumberScheduled')),
      num(at(daemonSet, 'status', 'numberReady')),
      num(at(daemonSet, 'status', 'updatedNumberScheduled')),
      num(at(daemonSet, 'status', 'numberAvailable')),
      formatLabels(at(daemonSet, 'spec', 'template', 'spec', 'nodeSelector')),
      age(daemonSet, now),
      ...containerCells(at(daemonSet, 'spec', 'template', 'spec')),
      formatLabelSelector(at(daemonSet, 'spec', 'selector')),
    ],
  },
});
