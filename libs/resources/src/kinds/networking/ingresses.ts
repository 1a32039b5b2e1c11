import { defineResource } from '../../definition/define-resource';
import { STATUS_VERBS, STORED_VERBS } from '../../definition/verbs';
import { at, str } from '../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { ingressAddress, ingressHosts, ingressPorts } from './ingress-cells';
import { withMetadata } from '../shared/with-metadata';

export const INGRESSES = defineResource({
  group: 'networking.k8s.io',
  version: 'v1',
  kind: 'Ingress',
  plural: 'ingresses',
  singular: 'ingress',
  namespaced: true,
  shortNames: ['ing'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: { status: { kind: 'Ingress', verbs: STATUS_VERBS } },
  validate: withMetadata(),
  printer: {
    columns: [
      NAME_COLUMN,
      column('Class', 'Ingress class handling the ingress.'),
      column('Hosts', 'Hosts the rules match.'),
      column('Address', 'Addresses of the load balancer.'),
      column('Ports', 'Ports the ingress listens on.'),
      AGE_COLUMN,
    ],
    row: (ingress, now) => [
      ingress.metadata.name ?? '',
      str(at(ingress, 'spec', 'ingressClassName')) || '<none>',
      ingressHosts(ingress),
      ingressAddress(ingress),
      ingressPorts(ingress),
      age(ingress, now),
    ],
  },
});
