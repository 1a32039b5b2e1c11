import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { at, list, num, str } from '../../objects/read';
import type { ResourceObject } from '../../objects/resource-object';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { withMetadata } from '../shared/with-metadata';

/** "statefulset.apps/web": the controlling owner as lower-cased Kind.group/name, "<none>" without one. */
export function controllerOf(object: ResourceObject): string {
  const owner = list(object.metadata.ownerReferences).find((reference) => at(reference, 'controller') === true);
  if (owner === undefined) return '<none>';
  const apiVersion = str(at(owner, 'apiVersion'));
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
  const kind = str(at(owner, 'kind'));
  const name = str(at(owner, 'name'));
  if (!kind && !group) return name;
  return `${(group ? `${kind}.${group}` : kind).toLowerCase()}/${name}`;
}

export const CONTROLLER_REVISIONS = defineResource({
  group: 'apps',
  version: 'v1',
  kind: 'ControllerRevision',
  plural: 'controllerrevisions',
  singular: 'controllerrevision',
  namespaced: true,
  shortNames: [],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  validate: withMetadata(),
  printer: {
    columns: [
      NAME_COLUMN,
      column('Controller', 'The object that owns the revision.'),
      column('Revision', 'Revision number.'),
      AGE_COLUMN,
    ],
    row: (revision, now) => [
      revision.metadata.name ?? '',
      controllerOf(revision),
      num(revision.revision),
      age(revision, now),
    ],
  },
});
