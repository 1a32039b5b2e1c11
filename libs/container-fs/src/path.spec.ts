import { components, isUnder, resolvePath, splitLast } from './path';

describe('paths', () => {
  it.each([
    ['/', 'etc', '/etc'],
    ['/usr/share', '../lib', '/usr/lib'],
    ['/a/b', './c/./d', '/a/b/c/d'],
    ['/a', '/x/../y', '/y'],
    ['/', '../..', '/'],
    ['/tmp', '', '/tmp'],
  ])('resolves %s + %s to %s', (cwd, path, expected) => {
    expect(resolvePath(cwd, path)).toBe(expected);
  });

  it('splits and compares', () => {
    expect(components('//a//b/')).toEqual(['a', 'b']);
    expect(splitLast('/a/b/c')).toEqual({ parent: '/a/b', name: 'c' });
    expect(isUnder('/data/x', '/data')).toBe(true);
    expect(isUnder('/database', '/data')).toBe(false);
    expect(isUnder('/anything', '/')).toBe(true);
  });
});
