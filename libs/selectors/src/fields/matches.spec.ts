import { matchesFields } from './matches';
import { parseFieldSelector } from './parse';

function matches(text: string, fields: Record<string, string>): boolean {
  return matchesFields(parseFieldSelector(text), fields);
}

describe('matchesFields', () => {
  const fieldset = { foo: 'bar', baz: 'blah', complex: '=value\\,\\' };

  // Upstream TestSelectorMatches.
  it.each<[string, Record<string, string>]>([
    ['', { x: 'y' }],
    ['x=y', { x: 'y' }],
    ['x=y,z=w', { x: 'y', z: 'w' }],
    ['x!=y,z!=w', { x: 'z', z: 'a' }],
    ['notin=in', { notin: 'in' }],
    ['foo=bar', fieldset],
    ['baz=blah', fieldset],
    ['foo=bar,baz=blah', fieldset],
    ['foo=bar,baz=blah,complex=\\=value\\\\\\,\\\\', fieldset],
  ])('%j matches %j', (text, fields) => {
    expect(matches(text, fields)).toBe(true);
  });

  it.each<[string, Record<string, string>]>([
    ['x=y', { x: 'z' }],
    ['x=y,z=w', { x: 'w', z: 'w' }],
    ['x!=y,z!=w', { x: 'z', z: 'w' }],
    ['foo=blah', fieldset],
    ['baz=bar', fieldset],
    ['foo=bar,foobar=bar,baz=blah', fieldset],
  ])('%j does not match %j', (text, fields) => {
    expect(matches(text, fields)).toBe(false);
  });

  it('reads a missing field as the empty string', () => {
    expect(matches('spec.nodeName=', {})).toBe(true);
    expect(matches('spec.nodeName!=', {})).toBe(false);
    expect(matches('spec.nodeName!=node-1', {})).toBe(true);
  });

  it('ignores inherited properties', () => {
    expect(matches('constructor=', {})).toBe(true);
  });
});
