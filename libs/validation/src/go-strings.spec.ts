import { compareGoStrings, utf8Length } from './go-strings';

describe('utf8Length', () => {
  it.each([
    ['', 0],
    ['abc', 3],
    ['ā', 2],
    ['수', 3],
    ['😀', 4],
  ])('counts %j as %i bytes', (input, expected) => {
    expect(utf8Length(input)).toBe(expected);
  });
});

describe('compareGoStrings', () => {
  it('orders ASCII like Go', () => {
    expect(['b', 'a', 'B', 'aa', ''].sort(compareGoStrings)).toEqual(['', 'B', 'a', 'aa', 'b']);
  });

  it('orders by code point, not UTF-16 unit (astral after U+FFFF)', () => {
    expect(['😀', '\uffff'].sort(compareGoStrings)).toEqual(['\uffff', '😀']);
  });

  it('treats equal strings as equal', () => {
    expect(compareGoStrings('😀x', '😀x')).toBe(0);
  });
});
