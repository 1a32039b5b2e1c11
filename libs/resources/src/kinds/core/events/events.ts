import { defineResource } from '../../../definition/define-resource';
import { STORED_VERBS } from '../../../definition/verbs';
import { CORE_EVENT_PRINTER } from './event-printer';
import { withMetadata } from '../../shared/with-metadata';

export const CORE_EVENTS = defineResource({
  group: '',
  version: 'v1',
  kind: 'Event',
  plural: 'events',
  singular: 'event',
  namespaced: true,
  shortNames: ['ev'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  validate: withMetadata(),
  printer: CORE_EVENT_PRINTER,
});
