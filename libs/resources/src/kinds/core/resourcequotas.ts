import { compareGoStrings } from '@ksb/validation';
import { defineResource } from '../../definition/define-resource';
import { STATUS_VERBS, STORED_VERBS } from '../../definition/verbs';
import { at, stringMap } from '../../objects/read';
import type { ResourceObject } from '../../objects/resource-object';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { withMetadata } from '../shared/with-metadata';

/** REQUEST and LIMIT cells: "name: used/hard" per hard limit, limits.* in the second. */
export function quotaCells(quota: ResourceObject): [request: string, limit: string] {
  const hard = stringMap(at(quota, 'status', 'hard'));
  const used = stringMap(at(quota, 'status', 'used'));
  const request: string[] = [];
  const limit: string[] = [];
  for (const name of Object.keys(hard).sort(compareGoStrings)) {
    const target = name.split('.')[0] === 'limits' && name.includes('.') ? limit : request;
    target.push(`${name}: ${used[name] ?? '0'}/${hard[name]}`);
  }
  return [request.join(', '), limit.join(', ')];
}

export const RESOURCE_QUOTAS = defineResource({
  group: '',
  version: 'v1',
  kind: 'ResourceQuota',
  plural: 'resourcequotas',
  singular: 'resourcequota',
  namespaced: true,
  shortNames: ['quota'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: { status: { kind: 'ResourceQuota', verbs: STATUS_VERBS } },
  validate: withMetadata(),
  printer: {
    columns: [
      NAME_COLUMN,
      column('Request', 'Used of hard quota for requests and counts.'),
      column('Limit', 'Used of hard quota for limits.'),
      AGE_COLUMN,
    ],
    row: (quota, now) => [quota.metadata.name ?? '', ...quotaCells(quota), age(quota, now)],
  },
});
