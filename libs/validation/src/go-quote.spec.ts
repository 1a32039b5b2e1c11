import { goQuote, goStringSlice } from './go-quote';

describe('goQuote (strconv.Quote)', () => {
  it.each([
    ['', '""'],
    ['a b', '"a b"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['tab\there', '"tab\\there"'],
    ['line\nbreak', '"line\\nbreak"'],
    ['\x00\x7f', '"\\x00\\x7f"'],
    ['\u00a0', '"\\u00a0"'],
    ['rā', '"rā"'],
    ['😀', '"😀"'],
    ['\u{e0001}', '"\\U000e0001"'],
    ['\ud800', '"\ufffd"'],
  ])('quotes %j as %s', (input, expected) => {
    expect(goQuote(input)).toBe(expected);
  });
});

describe('goStringSlice (%#v of []string)', () => {
  it('renders an empty list as the nil slice upstream passes', () => {
    expect(goStringSlice([])).toBe('[]string(nil)');
  });

  it('renders values Go-quoted and comma-space separated', () => {
    expect(goStringSlice(['a', 'b c'])).toBe('[]string{"a", "b c"}');
  });
});
