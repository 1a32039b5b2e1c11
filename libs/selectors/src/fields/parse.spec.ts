import { SelectorError } from '../selector-error';
import { formatFieldSelector } from './format';
import { parseFieldSelector } from './parse';
import type { FieldSelector } from './types';

describe('parseFieldSelector', () => {
  // Upstream TestSelectorParse good strings round-trip unchanged.
  it.each(['x=a,y=b,z=c', '', 'x!=a,y=b', 'x=a||y\\=b', 'x=a\\=\\=b'])('round-trips %j', (text) => {
    expect(formatFieldSelector(parseFieldSelector(text))).toBe(text);
  });

  it.each(['x=a||y=b', 'x==a==b', 'x=a,b', 'x in (a)', 'x in (a,b,c)', 'x'])('rejects %j', (text) => {
    expect(() => parseFieldSelector(text)).toThrow(SelectorError);
  });

  it('is deterministic regardless of term order', () => {
    expect(formatFieldSelector(parseFieldSelector('x=a,a=x'))).toBe(formatFieldSelector(parseFieldSelector('a=x,x=a')));
  });

  it.each<[string, FieldSelector]>([
    ['metadata.name=web', [{ field: 'metadata.name', operator: 'Equals', value: 'web' }]],
    ['metadata.name==web', [{ field: 'metadata.name', operator: 'Equals', value: 'web' }]],
    ['status.phase!=Running', [{ field: 'status.phase', operator: 'NotEquals', value: 'Running' }]],
    ['spec.nodeName=', [{ field: 'spec.nodeName', operator: 'Equals', value: '' }]],
    [
      'a=1,,b=2,',
      [
        { field: 'a', operator: 'Equals', value: '1' },
        { field: 'b', operator: 'Equals', value: '2' },
      ],
    ],
    ['x=a\\,b', [{ field: 'x', operator: 'Equals', value: 'a,b' }]],
    [' a = b ', [{ field: ' a ', operator: 'Equals', value: ' b ' }]],
    ['=,!=,==', []],
  ])('parses %j', (text, expected) => {
    expect(parseFieldSelector(text)).toEqual(expected);
  });

  it('orders requirements by their raw term text, as upstream sorts them', () => {
    expect(parseFieldSelector('b=1,a!=2,a=3').map(({ field, value }) => `${field}:${value}`)).toEqual([
      'a:2',
      'a:3',
      'b:1',
    ]);
  });

  it.each([
    ['x=a,b', "invalid selector: 'x=a,b'; can't understand 'b'"],
    ['x', "invalid selector: 'x'; can't understand 'x'"],
    ['x==a==b', 'invalid field selector: unescaped character in value: 61'],
    ['x=\\q', 'invalid field selector: invalid escape sequence: \\q'],
    ['x=a\\', 'invalid field selector: invalid escape sequence: \\'],
  ])('explains %j', (text, message) => {
    expect(() => parseFieldSelector(text)).toThrow(new SelectorError(message));
  });
});
