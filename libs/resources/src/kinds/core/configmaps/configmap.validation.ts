import type { ErrorCause } from '@ksb/errors';
import { invalidValue } from '@ksb/validation';
import type { Validator } from '../../../definition/hooks';
import { record } from '../../../objects/read';
import { semanticEqual } from '../../shared/semantic-equal';
import { withMetadata } from '../../shared/with-metadata';
import {
  decodedLength,
  immutableDataErrors,
  keyErrors,
  sizeErrors,
  sortedKeys,
  textLength,
} from './config-data.validation';

/** ValidateConfigMap and ValidateConfigMapUpdate. */
export const validateConfigMap: Validator = withMetadata((configMap, old) => {
  const data = record(configMap.data);
  const binaryData = record(configMap.binaryData);
  const errors: ErrorCause[] = keyErrors(data, 'data');
  for (const key of sortedKeys(data)) {
    if (key in binaryData) errors.push(invalidValue(`data[${key}]`, key, 'duplicate of key present in binaryData'));
  }
  errors.push(...keyErrors(binaryData, 'binaryData'));
  const size =
    Object.values(data).reduce<number>((total, value) => total + textLength(value), 0) +
    Object.values(binaryData).reduce<number>((total, value) => total + decodedLength(value), 0);
  // Upstream reports the size at an empty path: it concerns the whole object.
  errors.push(...sizeErrors(size, ''));
  return old ? [...errors, ...immutableDataErrors(configMap, old, ['data', 'binaryData'], semanticEqual)] : errors;
});
