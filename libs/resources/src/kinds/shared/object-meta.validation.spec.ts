import { annotationsErrors, labelsErrors, objectMetaErrors } from './object-meta.validation';
import { withMetadata } from './with-metadata';

describe('object metadata validation', () => {
  it('accepts valid labels and annotations', () => {
    expect(objectMetaErrors({ labels: { app: 'web', 'example.com/tier': '' }, annotations: { 'A.b/C': 'x' } })).toEqual(
      [],
    );
  });

  it('reports bad label keys and values at metadata.labels', () => {
    const errors = labelsErrors({ 'bad key': 'ok', app: 'bad value' }, 'metadata.labels');
    expect(errors.map((error) => `${error.field ?? ''}: ${error.message}`)).toEqual([
      `metadata.labels: Invalid value: "bad value": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
      `metadata.labels: Invalid value: "bad key": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
    ]);
  });

  it('limits annotations to 256 KiB in total', () => {
    const errors = annotationsErrors({ big: 'x'.repeat(256 * 1024) }, 'metadata.annotations');
    expect(errors).toEqual([
      {
        field: 'metadata.annotations',
        reason: 'FieldValueTooLong',
        message: 'Too long: may not be more than 262144 bytes',
      },
    ]);
  });

  it('runs before the kind validator', () => {
    const validate = withMetadata(() => [{ field: 'spec', message: 'kind' }]);
    const errors = validate({ metadata: { labels: { '-': 'x' } } });
    expect(errors.map((error) => error.field)).toEqual(['metadata.labels', 'spec']);
  });
});

describe('withMetadata', () => {
  it('drops repeated errors', () => {
    const validate = withMetadata(() => [
      { field: 'spec.x', message: 'Required value' },
      { field: 'spec.x', message: 'Required value' },
    ]);
    expect(validate({ metadata: {} })).toHaveLength(1);
  });
});
