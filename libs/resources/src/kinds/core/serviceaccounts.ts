import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { list } from '../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { withMetadata } from '../shared/with-metadata';

export const SERVICE_ACCOUNTS = defineResource({
  group: '',
  version: 'v1',
  kind: 'ServiceAccount',
  plural: 'serviceaccounts',
  singular: 'serviceaccount',
  namespaced: true,
  shortNames: ['sa'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  validate: withMetadata(),
  printer: {
    columns: [NAME_COLUMN, column('Secrets', 'Number of secrets the account lists.'), AGE_COLUMN],
    row: (account, now) => [account.metadata.name ?? '', list(account.secrets).length, age(account, now)],
  },
});
