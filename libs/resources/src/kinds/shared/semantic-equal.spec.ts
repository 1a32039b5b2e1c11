import { semanticEqual } from './semantic-equal';

describe('semanticEqual', () => {
  it('treats zero values as absent', () => {
    expect(semanticEqual({ a: '', b: [], c: {}, d: null, e: 0, f: false }, {})).toBe(true);
    expect(semanticEqual(undefined, { a: { b: [] } })).toBe(true);
  });

  it('compares nested values', () => {
    expect(semanticEqual({ a: [{ b: 1 }] }, { a: [{ b: 1 }] })).toBe(true);
    expect(semanticEqual({ a: [{ b: 1 }] }, { a: [{ b: 2 }] })).toBe(false);
    expect(semanticEqual({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(semanticEqual({ a: 'x' }, {})).toBe(false);
  });
});
