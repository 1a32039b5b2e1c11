import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { at, str } from '../../objects/read';
import type { ResourceObject } from '../../objects/resource-object';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { withMetadata } from '../shared/with-metadata';

/** "Kind.apiGroup/name" of spec.parameters, "<none>" without parameters. */
function parameters(ingressClass: ResourceObject): string {
  const reference = at(ingressClass, 'spec', 'parameters');
  if (reference === undefined || reference === null) return '<none>';
  const group = at(reference, 'apiGroup');
  const kind = str(at(reference, 'kind'));
  return `${typeof group === 'string' ? `${kind}.${group}` : kind}/${str(at(reference, 'name'))}`;
}

export const INGRESS_CLASSES = defineResource({
  group: 'networking.k8s.io',
  version: 'v1',
  kind: 'IngressClass',
  plural: 'ingressclasses',
  singular: 'ingressclass',
  namespaced: false,
  shortNames: [],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  validate: withMetadata(),
  printer: {
    columns: [
      NAME_COLUMN,
      column('Controller', 'Controller that implements the class.'),
      column('Parameters', 'Resource with additional parameters.'),
      AGE_COLUMN,
    ],
    row: (ingressClass, now) => [
      ingressClass.metadata.name ?? '',
      str(at(ingressClass, 'spec', 'controller')),
      parameters(ingressClass),
      age(ingressClass, now),
    ],
  },
});
