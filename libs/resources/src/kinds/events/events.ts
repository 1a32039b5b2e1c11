import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { coreEventRow, EVENT_COLUMNS } from '../core/events/event-printer';
import { asCoreEvent } from './as-core-event';
import { withMetadata } from '../shared/with-metadata';

/** events.k8s.io/v1 Event: the same objects as core Events upstream, stored as core/v1. */
export const EVENTS = defineResource({
  group: 'events.k8s.io',
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
  storageVersion: { group: '', version: 'v1', kind: 'Event' },
  printer: { columns: EVENT_COLUMNS, row: (event, now) => coreEventRow(asCoreEvent(event), now) },
});
