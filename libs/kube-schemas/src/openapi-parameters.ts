import type { OpenApiParameter } from './openapi-types';

const query = (name: string, type: OpenApiParameter['schema']['type'], description: string): OpenApiParameter => ({
  name,
  in: 'query',
  description,
  schema: { type },
});

const path = (name: string, description: string): OpenApiParameter => ({
  name,
  in: 'path',
  description,
  required: true,
  schema: { type: 'string' },
});

export const NAME = (kind: string): OpenApiParameter => path('name', `name of the ${kind}`);
export const NAMESPACE = path('namespace', 'object name and auth scope, such as for teams and projects');
export const PRETTY = query('pretty', 'string', "If 'true', then the output is pretty printed.");

const DRY_RUN = query('dryRun', 'string', 'When present (value "All"), modifications are validated but not persisted.');
const FIELD_MANAGER = query('fieldManager', 'string', 'A name for the actor or entity making these changes.');
// kubectl --validate=strict looks for this parameter on the kind's PATCH operation before sending it.
const FIELD_VALIDATION = query(
  'fieldValidation',
  'string',
  'How the server handles unknown or duplicate fields in the request body: Ignore, Warn (default) or Strict.',
);
const FORCE = query('force', 'boolean', 'Force apply requests to take over conflicting fields from other managers.');

const SELECTORS = [
  query('fieldSelector', 'string', 'A selector to restrict the list of returned objects by their fields.'),
  query('labelSelector', 'string', 'A selector to restrict the list of returned objects by their labels.'),
];
const PAGING = [
  query('continue', 'string', 'The continue token of a previous list call, to fetch the next page.'),
  query('limit', 'integer', 'The maximum number of items a list call returns.'),
  query('resourceVersion', 'string', 'Which resource versions a request may be served from.'),
  query('resourceVersionMatch', 'string', 'How resourceVersion is applied to list calls.'),
  query('sendInitialEvents', 'boolean', 'With watch, start with synthetic events for the current state.'),
  query('timeoutSeconds', 'integer', 'Timeout for the list/watch call.'),
];
const DELETION = [
  query('gracePeriodSeconds', 'integer', 'The duration in seconds before the object should be deleted.'),
  query('orphanDependents', 'boolean', 'Deprecated: use propagationPolicy.'),
  query(
    'propagationPolicy',
    'string',
    'Whether and how garbage collection is performed: Orphan, Background or Foreground.',
  ),
];

export const LIST_PARAMETERS = [
  query('allowWatchBookmarks', 'boolean', 'With watch, request BOOKMARK events.'),
  ...SELECTORS,
  ...PAGING,
  query('watch', 'boolean', 'Watch for changes to the described resources and return them as a stream.'),
];
export const CREATE_PARAMETERS = [DRY_RUN, FIELD_MANAGER, FIELD_VALIDATION];
export const UPDATE_PARAMETERS = CREATE_PARAMETERS;
export const PATCH_PARAMETERS = [DRY_RUN, FIELD_MANAGER, FIELD_VALIDATION, FORCE];
export const DELETE_PARAMETERS = [DRY_RUN, ...DELETION];
export const DELETE_COLLECTION_PARAMETERS = [DRY_RUN, ...DELETION, ...SELECTORS, ...PAGING];
