import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { DEFAULT_PRINTER } from '../../printing/default-printer';
import { defaultLimitRange } from './limitranges/limitrange.defaults';
import { withMetadata } from '../shared/with-metadata';

export const LIMIT_RANGES = defineResource({
  group: '',
  version: 'v1',
  kind: 'LimitRange',
  plural: 'limitranges',
  singular: 'limitrange',
  namespaced: true,
  shortNames: ['limits'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  defaults: defaultLimitRange,
  validate: withMetadata(),
  // printers.go has no LimitRange printer: upstream prints NAME and CREATED AT.
  printer: DEFAULT_PRINTER,
});
