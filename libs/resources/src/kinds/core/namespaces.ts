import { defineResource } from '../../definition/define-resource';
import { NAMESPACE_VERBS, STATUS_VERBS } from '../../definition/verbs';
import { at, str } from '../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { defaultNamespace } from './namespaces/namespace.defaults';
import { withMetadata } from '../shared/with-metadata';

export const NAMESPACES = defineResource({
  group: '',
  version: 'v1',
  kind: 'Namespace',
  plural: 'namespaces',
  singular: 'namespace',
  namespaced: false,
  shortNames: ['ns'],
  categories: [],
  verbs: NAMESPACE_VERBS,
  subresources: { status: { kind: 'Namespace', verbs: STATUS_VERBS } },
  defaults: defaultNamespace,
  validate: withMetadata(),
  printer: {
    columns: [NAME_COLUMN, column('Status', 'Phase of the namespace: Active or Terminating.'), AGE_COLUMN],
    row: (namespace, now) => [
      namespace.metadata.name ?? '',
      str(at(namespace, 'status', 'phase')),
      age(namespace, now),
    ],
  },
});
