import { defineResource } from '../../../definition/define-resource';
import { STATUS_VERBS, STORED_VERBS } from '../../../definition/verbs';
import { at, str } from '../../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN, wideColumn } from '../../../printing/columns';
import { formatLabels } from '../../../printing/labels';
import { age } from '../../../printing/timestamps';
import { clusterIP, externalIP, servicePorts } from './service-cells';
import { defaultService } from './service.defaults';
import { validateService } from './service.validation';

export const SERVICES = defineResource({
  group: '',
  version: 'v1',
  kind: 'Service',
  plural: 'services',
  singular: 'service',
  namespaced: true,
  shortNames: ['svc'],
  categories: ['all'],
  verbs: STORED_VERBS,
  subresources: { status: { kind: 'Service', verbs: STATUS_VERBS } },
  defaults: defaultService,
  validate: validateService,
  printer: {
    columns: [
      NAME_COLUMN,
      column('Type', 'How the service is exposed.'),
      column('Cluster-IP', 'Virtual IP of the service inside the cluster.'),
      column('External-IP', 'Addresses the service is reachable at from outside.'),
      column('Port(s)', 'Service ports, with node ports.'),
      AGE_COLUMN,
      wideColumn('Selector', 'Labels of the pods the service routes to.'),
    ],
    row: (service, now) => [
      service.metadata.name ?? '',
      str(at(service, 'spec', 'type')),
      clusterIP(service),
      externalIP(service),
      servicePorts(service),
      age(service, now),
      formatLabels(at(service, 'spec', 'selector')),
    ],
  },
});
