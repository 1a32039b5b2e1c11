import { applyJsonPatch, parseJsonPatch } from './json-patch';
import { PatchError } from './json-value';

const apply = (doc: unknown, patch: unknown) => applyJsonPatch(doc as never, parseJsonPatch(patch));

// Cases from RFC 6902, appendix A.
describe('applyJsonPatch', () => {
  it('adds, removes and replaces object members and array elements', () => {
    expect(apply({ foo: 'bar' }, [{ op: 'add', path: '/baz', value: 'qux' }])).toEqual({ foo: 'bar', baz: 'qux' });
    expect(apply({ foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/1', value: 'qux' }])).toEqual({
      foo: ['bar', 'qux', 'baz'],
    });
    expect(apply({ foo: ['bar'] }, [{ op: 'add', path: '/foo/-', value: 'x' }])).toEqual({ foo: ['bar', 'x'] });
    expect(apply({ baz: 'qux', foo: 'bar' }, [{ op: 'remove', path: '/baz' }])).toEqual({ foo: 'bar' });
    expect(apply({ foo: ['bar', 'qux', 'baz'] }, [{ op: 'remove', path: '/foo/1' }])).toEqual({ foo: ['bar', 'baz'] });
    expect(apply({ baz: 'qux', foo: 'bar' }, [{ op: 'replace', path: '/baz', value: 'boo' }])).toEqual({
      baz: 'boo',
      foo: 'bar',
    });
  });

  it('moves and copies', () => {
    expect(
      apply({ foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } }, [
        { op: 'move', from: '/foo/waldo', path: '/qux/thud' },
      ]),
    ).toEqual({ foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } });
    expect(apply({ foo: ['all', 'grass', 'cows', 'eat'] }, [{ op: 'move', from: '/foo/1', path: '/foo/3' }])).toEqual({
      foo: ['all', 'cows', 'eat', 'grass'],
    });
    expect(apply({ a: { b: 1 } }, [{ op: 'copy', from: '/a', path: '/c' }])).toEqual({ a: { b: 1 }, c: { b: 1 } });
  });

  it('tests values and escapes pointers', () => {
    expect(
      apply({ baz: 'qux', foo: ['a', 2, 'c'] }, [{ op: 'test', path: '/foo', value: ['a', 2, 'c'] }]),
    ).toBeDefined();
    expect(() => apply({ baz: 'qux' }, [{ op: 'test', path: '/baz', value: 'bar' }])).toThrow(PatchError);
    expect(apply({ '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: 10 }])).toBeDefined();
    expect(
      apply({ metadata: { annotations: {} } }, [{ op: 'add', path: '/metadata/annotations/a~1b', value: 'x' }]),
    ).toEqual({
      metadata: { annotations: { 'a/b': 'x' } },
    });
  });

  it('fails on missing targets without touching the input', () => {
    const doc = { foo: 'bar' };
    expect(() => apply(doc, [{ op: 'add', path: '/baz/bat', value: 'qux' }])).toThrow('doc is missing path');
    expect(() => apply(doc, [{ op: 'replace', path: '/nope', value: 1 }])).toThrow(PatchError);
    expect(() => apply(doc, [{ op: 'remove', path: '/nope' }])).toThrow(PatchError);
    expect(() => apply({ a: [1] }, [{ op: 'add', path: '/a/5', value: 1 }])).toThrow('index out of bounds');
    expect(doc).toEqual({ foo: 'bar' });
  });

  it('rejects malformed patches', () => {
    expect(() => parseJsonPatch({ op: 'add' })).toThrow('must be an array');
    expect(() => parseJsonPatch([{ op: 'frobnicate', path: '/a' }])).toThrow('Unexpected kind: frobnicate');
    expect(() => parseJsonPatch([{ op: 'add', path: '/a' }])).toThrow('has no "value"');
  });
});
