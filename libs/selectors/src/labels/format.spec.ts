import { formatLabelSelector, formatRequirement } from './format';
import { parseLabelSelector } from './parser';
import type { LabelSelector } from './types';

describe('formatLabelSelector', () => {
  // Upstream TestToString (with = and == both printed as =, see formatRequirement).
  it.each<[LabelSelector, string]>([
    [
      [
        { key: 'x', operator: 'In', values: ['abc', 'def'] },
        { key: 'y', operator: 'NotIn', values: ['jkl', 'mno'] },
        { key: 'z', operator: 'Exists', values: [] },
      ],
      'x in (abc,def),y notin (jkl,mno),z',
    ],
    [
      [
        { key: 'x', operator: 'NotIn', values: ['abc', 'def'] },
        { key: 'y', operator: 'NotIn', values: ['jkl'] },
        { key: 'z', operator: 'DoesNotExist', values: [] },
      ],
      'x notin (abc,def),y!=jkl,!z',
    ],
    [
      [
        { key: 'x', operator: 'In', values: ['abc'] },
        { key: 'y', operator: 'In', values: ['jkl'] },
        { key: 'z', operator: 'NotIn', values: ['a'] },
        { key: 'z', operator: 'Exists', values: [] },
      ],
      'x=abc,y=jkl,z!=a,z',
    ],
    [
      [
        { key: 'x', operator: 'Gt', values: ['2'] },
        { key: 'y', operator: 'Lt', values: ['8'] },
        { key: 'z', operator: 'Exists', values: [] },
      ],
      'x>2,y<8,z',
    ],
    [[], ''],
  ])('prints %j as %j', (selector, expected) => {
    expect(formatLabelSelector(selector)).toBe(expected);
  });

  it('sorts requirements by key and values without mutating the input', () => {
    const selector: LabelSelector = [
      { key: 'tier', operator: 'In', values: ['b', 'a'] },
      { key: 'app', operator: 'In', values: ['web'] },
    ];
    expect(formatLabelSelector(selector)).toBe('app=web,tier in (a,b)');
    expect(selector[0]?.values).toEqual(['b', 'a']);
    expect(selector[0]?.key).toBe('tier');
  });

  it('prints the empty value', () => {
    expect(formatRequirement({ key: 'x', operator: 'In', values: [''] })).toBe('x=');
    expect(formatRequirement({ key: 'x', operator: 'In', values: ['', 'a'] })).toBe('x in (,a)');
  });

  it.each(['x in (a,b),y notin (c,d),z', 'a.example.com/b=c,!d,e!=', 'n>10,n<20', 'x in (,a)'])(
    'parses back to the same selector: %j',
    (text) => {
      const selector = parseLabelSelector(text);
      expect(formatLabelSelector(selector)).toBe(text);
      expect(parseLabelSelector(formatLabelSelector(selector))).toEqual(selector);
    },
  );
});
