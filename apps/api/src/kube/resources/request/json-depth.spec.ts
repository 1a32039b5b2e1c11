import { jsonDepthExceeds } from './json-depth';

const nested = (depth: number) => '{"a":'.repeat(depth - 1) + '[]' + '}'.repeat(depth - 1);

describe('jsonDepthExceeds', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(jsonDepthExceeds(nested(100), 100)).toBe(false);
    expect(jsonDepthExceeds(nested(101), 100)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ s: '[[[[[{{{{{', t: 'quote \\" [[[[' }), 2)).toBe(false);
    expect(jsonDepthExceeds('[[1],[2],{"a":[3]}]', 3)).toBe(false);
    expect(jsonDepthExceeds('[[1],[2],{"a":[[3]]}]', 3)).toBe(true);
    expect(jsonDepthExceeds('"just a string"', 0)).toBe(false);
  });

  it('scans a 3 MiB bomb without building it', () => {
    const bomb = '['.repeat(3 * 1024 * 1024);
    expect(jsonDepthExceeds(bomb, 100)).toBe(true);
  });
});
