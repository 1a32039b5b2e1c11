import { at, bool, countKeys, list, num, record, str, stringMap } from './read';

describe('read', () => {
  const object = { spec: { ports: [{ port: 80 }], selector: { app: 'web', bad: 1 } }, n: Number.NaN };

  it('walks keys and indexes, undefined where a step is missing', () => {
    expect(at(object, 'spec', 'ports', 0, 'port')).toBe(80);
    expect(at(object, 'spec', 'ports', 1, 'port')).toBeUndefined();
    expect(at(object, 'spec', 'selector', 0)).toBeUndefined();
    expect(at(object, 'spec', 'ports', 'port')).toBeUndefined();
    expect(at(null, 'spec')).toBeUndefined();
  });

  it('falls back on the wrong type, as Go zero values do', () => {
    expect(str(3)).toBe('');
    expect(str(undefined, '<none>')).toBe('<none>');
    expect(num('3')).toBe(0);
    expect(num(object.n, 1)).toBe(1);
    expect(bool('true')).toBe(false);
    expect(list({})).toEqual([]);
    expect(record([1])).toEqual({});
    expect(stringMap(object.spec.selector)).toEqual({ app: 'web' });
    expect(countKeys(object.spec.selector)).toBe(2);
    expect(countKeys('x')).toBe(0);
  });
});
