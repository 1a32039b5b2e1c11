import { matchesLabels } from './matches';
import { parseLabelSelector } from './parser';
import type { LabelSelector } from './types';

function matches(text: string, labels: Record<string, string> | undefined): boolean {
  return matchesLabels(parseLabelSelector(text), labels);
}

describe('matchesLabels', () => {
  // Upstream TestSelectorMatches.
  it.each<[string, Record<string, string>]>([
    ['', { x: 'y' }],
    ['x=y', { x: 'y' }],
    ['x=y,z=w', { x: 'y', z: 'w' }],
    ['x!=y,z!=w', { x: 'z', z: 'a' }],
    ['notin=in', { notin: 'in' }],
    ['x', { x: 'z' }],
    ['!x', { y: 'z' }],
    ['x>1', { x: '2' }],
    ['x<1', { x: '0' }],
    ['foo=bar', { foo: 'bar', baz: 'blah' }],
    ['baz=blah', { foo: 'bar', baz: 'blah' }],
    ['foo=bar,baz=blah', { foo: 'bar', baz: 'blah' }],
  ])('%j matches %j', (text, labels) => {
    expect(matches(text, labels)).toBe(true);
  });

  it.each<[string, Record<string, string>]>([
    ['x=z', {}],
    ['x=y', { x: 'z' }],
    ['x=y,z=w', { x: 'w', z: 'w' }],
    ['x!=y,z!=w', { x: 'z', z: 'w' }],
    ['x', { y: 'z' }],
    ['!x', { x: 'z' }],
    ['x>1', { x: '0' }],
    ['x<1', { x: '2' }],
    ['foo=blah', { foo: 'bar', baz: 'blah' }],
    ['baz=bar', { foo: 'bar', baz: 'blah' }],
    ['foo=bar,foobar=bar,baz=blah', { foo: 'bar', baz: 'blah' }],
  ])('%j does not match %j', (text, labels) => {
    expect(matches(text, labels)).toBe(false);
  });

  // Upstream TestRequirementSelectorMatching.
  it.each<[LabelSelector, Record<string, string>, boolean]>([
    [
      [
        { key: 'x', operator: 'In', values: ['foo'] },
        { key: 'y', operator: 'NotIn', values: ['alpha'] },
      ],
      { x: 'foo', y: 'baz' },
      true,
    ],
    [
      [
        { key: 'x', operator: 'In', values: ['foo'] },
        { key: 'y', operator: 'In', values: ['alpha'] },
      ],
      { x: 'foo', y: 'baz' },
      false,
    ],
    [
      [
        { key: 'x', operator: 'NotIn', values: [''] },
        { key: 'y', operator: 'Exists', values: [] },
      ],
      { y: '' },
      true,
    ],
    [
      [
        { key: 'x', operator: 'DoesNotExist', values: [] },
        { key: 'y', operator: 'Exists', values: [] },
      ],
      { y: '' },
      true,
    ],
    [
      [
        { key: 'x', operator: 'NotIn', values: [''] },
        { key: 'y', operator: 'DoesNotExist', values: [] },
      ],
      { y: '' },
      false,
    ],
    [[{ key: 'x', operator: 'In', values: [''] }], { y: 'baz' }, false],
    [[{ key: 'z', operator: 'Gt', values: ['1'] }], { z: '2' }, true],
    [[{ key: 'z', operator: 'Gt', values: ['1'] }], { z: 'v2' }, false],
  ])('%j against %j is %s', (selector, labels, expected) => {
    expect(matchesLabels(selector, labels)).toBe(expected);
  });

  it('treats undefined labels as an empty set', () => {
    expect(matches('', undefined)).toBe(true);
    expect(matches('x!=a,!y', undefined)).toBe(true);
    expect(matches('x', undefined)).toBe(false);
  });

  it('matches the empty value only when the key is present', () => {
    expect(matches('x=', { x: '' })).toBe(true);
    expect(matches('x=', {})).toBe(false);
  });

  it('ignores inherited properties', () => {
    expect(matches('constructor', {})).toBe(false);
    expect(matches('!toString', {})).toBe(true);
  });

  it('compares Gt/Lt as 64-bit integers', () => {
    expect(matches('x>9007199254740992', { x: '9007199254740993' })).toBe(true);
    expect(matches('x<10', { x: '9' })).toBe(true);
    expect(matches('x>1', {})).toBe(false);
  });

  it('never matches Gt/Lt with a malformed requirement', () => {
    expect(
      matchesLabels([{ key: 'x', operator: 'Gt', values: ['1', '2'] }], {
        x: '5',
      }),
    ).toBe(false);
    expect(matchesLabels([{ key: 'x', operator: 'Lt', values: ['a'] }], { x: '5' })).toBe(false);
  });
});
