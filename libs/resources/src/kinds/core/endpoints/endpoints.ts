import { defineResource } from '../../../definition/define-resource';
import { STORED_VERBS } from '../../../definition/verbs';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../../printing/columns';
import { age } from '../../../printing/timestamps';
import { formatEndpoints } from './format-endpoints';
import { defaultEndpoints } from './endpoints.defaults';
import { withMetadata } from '../../shared/with-metadata';

export const ENDPOINTS = defineResource({
  group: '',
  version: 'v1',
  kind: 'Endpoints',
  plural: 'endpoints',
  singular: 'endpoints',
  namespaced: true,
  shortNames: ['ep'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  defaults: defaultEndpoints,
  validate: withMetadata(),
  printer: {
    columns: [NAME_COLUMN, column('Endpoints', 'Addresses and ports of the ready endpoints.'), AGE_COLUMN],
    row: (endpoints, now) => [endpoints.metadata.name ?? '', formatEndpoints(endpoints), age(endpoints, now)],
  },
});
