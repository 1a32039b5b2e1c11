import { SelectorError } from '../selector-error';
import { escapeFieldValue, unescapeFieldValue } from './escape';

describe('field value escaping', () => {
  // Upstream TestEscapeValue.
  it.each([
    ['', ''],
    ['a', 'a'],
    ['=', '\\='],
    [',', '\\,'],
    ['\\', '\\\\'],
    ['\\=\\,\\', '\\\\\\=\\\\\\,\\\\'],
  ])('escapes %j as %j and back', (raw, escaped) => {
    expect(escapeFieldValue(raw)).toBe(escaped);
    expect(unescapeFieldValue(escaped)).toBe(raw);
  });

  it.each([
    ['\\', 'invalid field selector: invalid escape sequence: \\'],
    ['\\\\\\', 'invalid field selector: invalid escape sequence: \\'],
    ['\\a', 'invalid field selector: invalid escape sequence: \\a'],
    ['\\수', 'invalid field selector: invalid escape sequence: \\수'],
    ['a=b', 'invalid field selector: unescaped character in value: 61'],
    ['a,b', 'invalid field selector: unescaped character in value: 44'],
  ])('rejects %j', (escaped, message) => {
    expect(() => unescapeFieldValue(escaped)).toThrow(new SelectorError(message));
  });
});
