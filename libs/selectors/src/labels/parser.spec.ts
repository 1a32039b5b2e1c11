import { SelectorError } from '../selector-error';
import { formatLabelSelector } from './format';
import { parseLabelSelector } from './parser';
import type { LabelSelector } from './types';

const KEY_NAME_MESSAGE =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

function parseError(text: string): string {
  try {
    parseLabelSelector(text);
  } catch (error) {
    if (error instanceof SelectorError) return error.message;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be rejected`);
}

describe('parseLabelSelector', () => {
  // Upstream TestSelectorParse: good strings print back without their spaces.
  it.each(['x=a,y=b,z=c', '', 'x!=a,y=b', 'x=', 'x= ', 'x=,z= ', 'x= ,z= ', '!x', 'x>1', 'x>1,z<5'])(
    'round-trips %j',
    (text) => {
      expect(formatLabelSelector(parseLabelSelector(text))).toBe(text.replace(/ /g, ''));
    },
  );

  // Upstream TestSelectorParse bad strings plus the invalid rows of TestSetSelectorParser.
  it.each([
    'x=a||y=b',
    'x==a==b',
    '!x=a',
    'x<a',
    'x,,y',
    'x,y,',
    ',x,y',
    'x nott in (y)',
    'a in (xyz),',
    'a in (xyz)b notin ()',
    'a in (xyz abc)',
    'a notin(',
    'a (',
    '(',
  ])('rejects %j', (text) => {
    expect(() => parseLabelSelector(text)).toThrow(SelectorError);
  });

  it('is deterministic regardless of term order', () => {
    expect(parseLabelSelector('x=a,a=x')).toEqual(parseLabelSelector('a=x,x=a'));
  });

  // Upstream TestSetSelectorParser valid rows.
  it.each<[string, LabelSelector]>([
    ['', []],
    ['\rx', [{ key: 'x', operator: 'Exists', values: [] }]],
    [
      'this-is-a-dns.domain.com/key-with-dash',
      [
        {
          key: 'this-is-a-dns.domain.com/key-with-dash',
          operator: 'Exists',
          values: [],
        },
      ],
    ],
    [
      'this-is-another-dns.domain.com/key-with-dash in (so,what)',
      [
        {
          key: 'this-is-another-dns.domain.com/key-with-dash',
          operator: 'In',
          values: ['so', 'what'],
        },
      ],
    ],
    [
      '0.1.2.domain/99 notin (10.10.100.1, tick.tack.clock)',
      [
        {
          key: '0.1.2.domain/99',
          operator: 'NotIn',
          values: ['10.10.100.1', 'tick.tack.clock'],
        },
      ],
    ],
    ['foo  in\t (abc)', [{ key: 'foo', operator: 'In', values: ['abc'] }]],
    ['x notin\n (abc)', [{ key: 'x', operator: 'NotIn', values: ['abc'] }]],
    ['x  notin\t\t\t(abc,def)', [{ key: 'x', operator: 'NotIn', values: ['abc', 'def'] }]],
    ['x in (abc,def)', [{ key: 'x', operator: 'In', values: ['abc', 'def'] }]],
    ['x in (abc,)', [{ key: 'x', operator: 'In', values: ['', 'abc'] }]],
    ['x in ()', [{ key: 'x', operator: 'In', values: [''] }]],
    [
      'x notin (abc,def),bar,z in (),w',
      [
        { key: 'bar', operator: 'Exists', values: [] },
        { key: 'w', operator: 'Exists', values: [] },
        { key: 'x', operator: 'NotIn', values: ['abc', 'def'] },
        { key: 'z', operator: 'In', values: [''] },
      ],
    ],
    [
      'x,y in (a)',
      [
        { key: 'x', operator: 'Exists', values: [] },
        { key: 'y', operator: 'In', values: ['a'] },
      ],
    ],
    ['x=a', [{ key: 'x', operator: 'In', values: ['a'] }]],
    ['x==a', [{ key: 'x', operator: 'In', values: ['a'] }]],
    ['x>1', [{ key: 'x', operator: 'Gt', values: ['1'] }]],
    ['x<7', [{ key: 'x', operator: 'Lt', values: ['7'] }]],
    [
      'x=a,y!=b',
      [
        { key: 'x', operator: 'In', values: ['a'] },
        { key: 'y', operator: 'NotIn', values: ['b'] },
      ],
    ],
    [
      'x=a,y!=b,z in (h,i,j)',
      [
        { key: 'x', operator: 'In', values: ['a'] },
        { key: 'y', operator: 'NotIn', values: ['b'] },
        { key: 'z', operator: 'In', values: ['h', 'i', 'j'] },
      ],
    ],
    ['x notin ( )', [{ key: 'x', operator: 'NotIn', values: [''] }]],
    ['x notin (, a)', [{ key: 'x', operator: 'NotIn', values: ['', 'a'] }]],
    ['a ', [{ key: 'a', operator: 'Exists', values: [] }]],
    ['a in (x,y,notin, z,in)', [{ key: 'a', operator: 'In', values: ['in', 'notin', 'x', 'y', 'z'] }]],
    ['notin=in', [{ key: 'notin', operator: 'In', values: ['in'] }]],
    ['x in (b,a,b)', [{ key: 'x', operator: 'In', values: ['a', 'b'] }]],
    ['x in (a,,b)', [{ key: 'x', operator: 'In', values: ['', 'a', 'b'] }]],
    [
      '!x,x',
      [
        { key: 'x', operator: 'DoesNotExist', values: [] },
        { key: 'x', operator: 'Exists', values: [] },
      ],
    ],
  ])('parses %j', (text, expected) => {
    expect(parseLabelSelector(text)).toEqual(expected);
  });

  describe('error messages', () => {
    it.each([
      ['x==a==b', "found '==', expected: ',' or 'end of string'"],
      ['!x=a', "found '=', expected: ',' or 'end of string'"],
      ['x,y,', "found '', expected: identifier after ','"],
      ['x,,y', "found ',', expected: identifier after ','"],
      [',x,y', "found ',', expected: !, identifier, or 'end of string'"],
      ['(', "found '(', expected: !, identifier, or 'end of string'"],
      ['x nott in (y)', "unable to parse requirement: found 'nott', expected: in, notin, =, ==, !=, gt, lt"],
      ['a in (xyz)b notin ()', "found 'b', expected: ',' or 'end of string'"],
      ['a in (xyz abc)', "unable to parse requirement: found 'abc', expected: ',' or ')'"],
      ['a notin(', "unable to parse requirement: found '', expected: ',', ')' or identifier"],
      ['a (', "unable to parse requirement: found '(', expected: in, notin, =, ==, !=, gt, lt"],
      ['a in b', "unable to parse requirement: found 'b' expected: '('"],
      ['a in (b', "unable to parse requirement: found '', expected: ',' or ')'"],
      ['a in (b,=)', "unable to parse requirement: found '=', expected: ',', or identifier"],
      ['x>=1', "unable to parse requirement: found '=', expected: identifier"],
      ['!', "unable to parse requirement: found '', expected: identifier"],
      ['!!x', "unable to parse requirement: found '!', expected: identifier"],
    ])('explains %j', (text, message) => {
      expect(parseError(text)).toBe(message);
    });

    it('reads "a||y" as one value and rejects it', () => {
      expect(parseError('x=a||y=b')).toBe(
        `unable to parse requirement: values[0][x]: Invalid value: "a||y": ${VALUE_MESSAGE}`,
      );
    });

    it('reports an invalid key with a nil path', () => {
      expect(parseError('app:monolith')).toBe(
        `unable to parse requirement: <nil>: Invalid value: "app:monolith": ${KEY_NAME_MESSAGE}`,
      );
    });

    it('reports an invalid value at its index among the sorted values', () => {
      expect(parseError('tier in (z, a%b)')).toBe(
        `unable to parse requirement: values[0][tier]: Invalid value: "a%b": ${VALUE_MESSAGE}`,
      );
    });

    it('reports a non-integer Gt/Lt operand', () => {
      expect(parseError('x<a')).toBe(
        `unable to parse requirement: values[0]: Invalid value: "a": for 'Gt', 'Lt' operators, the value must be an integer`,
      );
    });

    it('aggregates several problems of one requirement', () => {
      expect(parseError('x>a%')).toBe(
        `unable to parse requirement: [values[0]: Invalid value: "a%": for 'Gt', 'Lt' operators, the value must be an integer, values[0][x]: Invalid value: "a%": ${VALUE_MESSAGE}]`,
      );
    });

    it('rejects Gt operands that fit no int64', () => {
      expect(parseError('x>9223372036854775808')).toBe(
        `unable to parse requirement: values[0]: Invalid value: "9223372036854775808": for 'Gt', 'Lt' operators, the value must be an integer`,
      );
    });
  });
});
