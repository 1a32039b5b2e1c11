import { immutableErrors } from './immutable.validation';

describe('immutableErrors', () => {
  it('accepts an unchanged value', () => {
    expect(immutableErrors({ a: 1 }, { a: 1 }, 'spec.x')).toEqual([]);
  });

  it('rejects a change with the new value', () => {
    expect(immutableErrors('b', 'a', 'type')).toEqual([
      { field: 'type', reason: 'FieldValueInvalid', message: 'Invalid value: "b": field is immutable' },
    ]);
  });
});
