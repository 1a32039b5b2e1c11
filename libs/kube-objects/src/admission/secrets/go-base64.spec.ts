import { base64ErrorOffset } from './go-base64';

describe('base64ErrorOffset (Go StdEncoding)', () => {
  it.each(['', 'czNjcmV0', 'YQ==', 'YWI=', 'YWJj', 'YWJj\nZGVm', 'YQ=\n='])('accepts %j', (text) => {
    expect(base64ErrorOffset(text)).toBeUndefined();
  });

  it.each([
    ['s3cret', 4], // 6 characters: the last quantum is incomplete
    ['abc', 0],
    ['abcde', 4],
    ['ab$d', 2],
    ['not base64!', 3],
    ['=abc', 0],
    ['a=bc', 1],
    ['ab=c', 2], // incorrect padding: reported at the first '='
    ['ab=', 3],
    ['YQ==YQ==', 4],
  ])('refuses %j at byte %d', (text, offset) => {
    expect(base64ErrorOffset(text)).toBe(offset);
  });
});
