import { goJsonEncode } from './go-json';

describe('goJsonEncode', () => {
  it('writes what Go writes for an unstructured object: sorted keys, escaped HTML, a newline', () => {
    expect(goJsonEncode({ b: 1, a: { d: 'x<y>&z', c: [true, null] } })).toBe(
      '{"a":{"c":[true,null],"d":"x\\u003cy\\u003e\\u0026z"},"b":1}\n',
    );
  });
});
