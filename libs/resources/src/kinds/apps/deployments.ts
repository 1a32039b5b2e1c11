import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { at, num } from '../../objects/read';
import { AGE_COLUMN, column, CONTAINERS_COLUMN, IMAGES_COLUMN, NAME_COLUMN, wideColumn } from '../../printing/columns';
import { containerCells } from '../../printing/containers';
import { selectorString } from '../../printing/label-selector';
import { age } from '../../printing/timestamps';
import { scaleAndStatus } from './workload-subresources';
import { defaultDeployment } from './deployments/deployment.defaults';
import { validateDeployment } from './deployments/deployment.validation';

export const DEPLOYMENTS = defineResource({
  group: 'apps',
  version: 'v1',
  kind: 'Deployment',
  plural: 'deployments',
  singular: 'deployment',
  namespaced: true,
  shortNames: ['deploy'],
  categories: ['all'],
  verbs: STORED_VERBS,
  subresources: scaleAndStatus('Deployment'),
  defaults: defaultDeployment,
  validate: validateDeployment,
  printer: {
    columns: [
      NAME_COLUMN,
      column('Ready', 'Ready pods of desired pods.'),
      column('Up-to-date', 'Pods running the current template.'),
      column('Available', 'Pods available to serve.'),
      AGE_COLUMN,
      CONTAINERS_COLUMN,
      IMAGES_COLUMN,
      wideColumn('Selector', 'Label selector of the pods.'),
    ],
    row: (deployment, now) => [
      deployment.metadata.name ?? '',
      // spec.replicas is defaulted to 1 before storage; the fallback mirrors that.
      `${num(at(deployment, 'status', 'readyReplicas'))}/${num(at(deployment, 'spec', 'replicas'), 1)}`,
      num(at(deployment, 'status', 'updatedReplicas')),
      num(at(deployment, 'status', 'availableReplicas')),
      age(deployment, now),
      ...containerCells(at(deployment, 'spec', 'template', 'spec')),
      selectorString(at(deployment, 'spec', 'selector')) ?? '<invalid>',
    ],
  },
});
