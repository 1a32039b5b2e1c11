import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { countKeys, str } from '../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { defaultSecret } from './secrets/secret.defaults';
import { validateSecret } from './secrets/secret.validation';

export const SECRETS = defineResource({
  group: '',
  version: 'v1',
  kind: 'Secret',
  plural: 'secrets',
  singular: 'secret',
  namespaced: true,
  shortNames: [],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  defaults: defaultSecret,
  validate: validateSecret,
  printer: {
    columns: [
      NAME_COLUMN,
      column('Type', 'Type of the secret, e.g. Opaque.'),
      column('Data', 'Number of keys in data.'),
      AGE_COLUMN,
    ],
    row: (secret, now) => [secret.metadata.name ?? '', str(secret.type), countKeys(secret.data), age(secret, now)],
  },
});
