import { child, childRecords, copyObject, existingChild, setDefault } from './json-defaults';

describe('json defaults', () => {
  it('fills absent and null fields only', () => {
    const record: Record<string, unknown> = { a: 1, b: null };
    setDefault(record, 'a', 2);
    setDefault(record, 'b', 3);
    setDefault(record, 'c', 4);
    expect(record).toEqual({ a: 1, b: 3, c: 4 });
  });

  it('creates missing objects but leaves values of another type alone', () => {
    const record: Record<string, unknown> = { spec: 'oops' };
    child(record, 'spec').replicas = 1;
    child(record, 'status').phase = 'Pending';
    expect(record).toEqual({ spec: 'oops', status: { phase: 'Pending' } });
    expect(existingChild(record, 'spec')).toBeUndefined();
  });

  it('lists only the objects of a list', () => {
    expect(childRecords({ items: [{ a: 1 }, 'x', null] }, 'items')).toEqual([{ a: 1 }]);
    expect(childRecords({ items: 'x' }, 'items')).toEqual([]);
  });

  it('copies deeply', () => {
    const object = { metadata: { name: 'a' }, spec: { list: [{ x: 1 }] } };
    const copy = copyObject(object);
    (copy.spec as { list: { x: number }[] }).list[0].x = 2;
    expect(object.spec.list[0].x).toBe(1);
  });
});
