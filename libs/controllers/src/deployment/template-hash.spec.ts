import { canonical, computeHash, equalIgnoreHash, fnv32a, safeEncodeString } from './template-hash';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('template hash', () => {
  it('is FNV-1a 32', () => {
    expect(fnv32a(bytes(''))).toBe(0x811c9dc5);
    expect(fnv32a(bytes('a'))).toBe(0xe40c292c);
    expect(fnv32a(bytes('foobar'))).toBe(0xbf9cf968);
  });

  it('safe-encodes the decimal digits as upstream', () => {
    expect(safeEncodeString('0123456789')).toBe('456789bcdf');
  });

  it('names templates with the safe alphabet, stable for equal templates', () => {
    const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    const hash = computeHash(template);
    expect(hash).toMatch(/^[456789bcdf]{1,10}$/);
    expect(computeHash(structuredClone(template))).toBe(hash);
    expect(computeHash({ ...template, spec: { containers: [{ name: 'c', image: 'httpd' }] } })).not.toBe(hash);
  });

  it('changes with the collision count', () => {
    const template = { spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    expect(computeHash(template, 1)).not.toBe(computeHash(template));
    expect(computeHash(template, 1)).not.toBe(computeHash(template, 2));
    expect(computeHash(template, 0)).not.toBe(computeHash(template));
  });

  it('ignores key order, nulls and empty lists and maps', () => {
    expect(canonical({ b: 1, a: { x: null, y: [] }, c: {} })).toEqual({ b: 1 });
    expect(
      computeHash({
        metadata: { labels: { a: '1', b: '2' }, creationTimestamp: null } as never,
        spec: { containers: [] },
      }),
    ).toBe(computeHash({ metadata: { labels: { b: '2', a: '1' } } }));
  });

  it('compares templates without the pod-template-hash label', () => {
    const base = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } };
    const hashed = { ...base, metadata: { labels: { app: 'web', 'pod-template-hash': 'abc' } } };
    expect(equalIgnoreHash(base, hashed)).toBe(true);
    expect(equalIgnoreHash(base, { ...base, spec: { containers: [{ name: 'c', image: 'httpd' }] } })).toBe(false);
    expect(base.metadata.labels).toEqual({ app: 'web' });
    expect(hashed.metadata.labels['pod-template-hash']).toBe('abc');
  });
});
