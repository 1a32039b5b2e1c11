import { goLiteral, goStringMap, renderGoValue } from './go-value';

describe('renderGoValue', () => {
  it('prints values as field errors do', () => {
    expect(renderGoValue('a"b')).toBe('"a\\"b"');
    expect(renderGoValue(80)).toBe('80');
    expect(renderGoValue(false)).toBe('false');
    expect(renderGoValue(undefined)).toBe('null');
    expect(renderGoValue(goLiteral('[]string{"x"}'))).toBe('[]string{"x"}');
  });
});

describe('goStringMap', () => {
  it("prints %#v of a map with fmt's sorted keys", () => {
    expect(goStringMap({ tier: 'web', app: 'x' })).toBe('map[string]string{"app":"x", "tier":"web"}');
    expect(goStringMap({})).toBe('map[string]string{}');
    expect(goStringMap(undefined)).toBe('map[string]string(nil)');
  });
});
