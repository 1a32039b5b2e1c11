import { defineResource } from '../../definition/define-resource';
import { STORED_VERBS } from '../../definition/verbs';
import { countKeys } from '../../objects/read';
import { AGE_COLUMN, column, NAME_COLUMN } from '../../printing/columns';
import { age } from '../../printing/timestamps';
import { validateConfigMap } from './configmaps/configmap.validation';

export const CONFIG_MAPS = defineResource({
  group: '',
  version: 'v1',
  kind: 'ConfigMap',
  plural: 'configmaps',
  singular: 'configmap',
  namespaced: true,
  shortNames: ['cm'],
  categories: [],
  verbs: STORED_VERBS,
  subresources: {},
  validate: validateConfigMap,
  printer: {
    columns: [NAME_COLUMN, column('Data', 'Number of keys in data and binaryData.'), AGE_COLUMN],
    row: (configMap, now) => [
      configMap.metadata.name ?? '',
      countKeys(configMap.data) + countKeys(configMap.binaryData),
      age(configMap, now),
    ],
  },
});
