import { buildSchema, type DocumentNode } from 'graphql';
import { OperationCache } from './operation-cache';

describe('OperationCache', () => {
  const schema = buildSchema('type Query { a: Int }');
  const validate = jest.fn(() => []);

  it('parses and validates a query text once, and shares its document', () => {
    const cache = new OperationCache(validate);
    const first = cache.prepare(schema, '{ a }') as DocumentNode;
    const second = cache.prepare(schema, '{ a }') as DocumentNode;
    expect(second).toBe(first);
    expect(first.loc).toBeUndefined();
    expect(validate).toHaveBeenCalledTimes(1);
  });

  it('returns parse errors without keeping them, and forgets the least recently used beyond its size', () => {
    const cache = new OperationCache(() => [], 2);
    const errors = cache.prepare(schema, '{ a ') as readonly Error[];
    expect(errors[0].message).toContain('Syntax Error');
    expect(cache.size).toBe(0);
    const one = cache.prepare(schema, '{ a }');
    cache.prepare(schema, 'query B { a }');
    cache.prepare(schema, '{ a }'); // used again: now the most recent
    cache.prepare(schema, 'query C { a }');
    expect(cache.size).toBe(2);
    expect(cache.prepare(schema, '{ a }')).toBe(one);
  });
});
