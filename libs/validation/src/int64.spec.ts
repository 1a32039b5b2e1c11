import { parseInt64 } from './int64';

describe('parseInt64 (strconv.ParseInt base 10, 64 bits)', () => {
  it.each([
    ['0', 0n],
    ['42', 42n],
    ['-7', -7n],
    ['+7', 7n],
    ['007', 7n],
    ['9223372036854775807', 9223372036854775807n],
    ['-9223372036854775808', -9223372036854775808n],
  ])('accepts %s', (input, expected) => {
    expect(parseInt64(input)).toBe(expected);
  });

  it.each(['', 'a', '1.5', '1e3', ' 1', '0x10', '1_000', '9223372036854775808', '-9223372036854775809'])(
    'rejects %j',
    (input) => {
      expect(parseInt64(input)).toBeUndefined();
    },
  );
});
