import {
  duplicateValue,
  forbiddenValue,
  invalidValue,
  notFoundValue,
  requiredValue,
  tooLongValue,
  unsupportedValue,
} from './field-errors';
import { goLiteral } from './go-value';

describe('field error builders', () => {
  it('words each error type as field.Error.ErrorBody does', () => {
    expect(invalidValue('spec.replicas', -1, 'must be greater than or equal to 0')).toEqual({
      field: 'spec.replicas',
      reason: 'FieldValueInvalid',
      message: 'Invalid value: -1: must be greater than or equal to 0',
    });
    expect(requiredValue('spec.containers').message).toBe('Required value');
    expect(requiredValue('spec.dnsConfig', 'needed').message).toBe('Required value: needed');
    expect(forbiddenValue('spec', 'no').message).toBe('Forbidden: no');
    expect(unsupportedValue('spec.restartPolicy', 'Never', ['Always'])).toEqual({
      field: 'spec.restartPolicy',
      reason: 'FieldValueNotSupported',
      message: 'Unsupported value: "Never": supported values: "Always"',
    });
    expect(duplicateValue('spec.containers[1].name', 'web')).toEqual({
      field: 'spec.containers[1].name',
      reason: 'FieldValueDuplicate',
      message: 'Duplicate value: "web"',
    });
    expect(notFoundValue('spec.containers[0].volumeMounts[0].name', 'data')).toEqual({
      field: 'spec.containers[0].volumeMounts[0].name',
      reason: 'FieldValueNotFound',
      message: 'Not found: "data"',
    });
    expect(tooLongValue('metadata.annotations', 262144)).toEqual({
      field: 'metadata.annotations',
      reason: 'FieldValueTooLong',
      message: 'Too long: may not be more than 262144 bytes',
    });
  });

  it('prints pre-rendered Go values as they are and omits an empty detail', () => {
    expect(invalidValue('spec.selector', goLiteral('v1.LabelSelector{}'), '').message).toBe(
      'Invalid value: v1.LabelSelector{}',
    );
    expect(invalidValue('x', null, 'd').message).toBe('Invalid value: null: d');
    expect(invalidValue('x', true, 'd').message).toBe('Invalid value: true: d');
  });
});
