import { splitTerm, splitTerms, type SplitTerm } from './split';

describe('splitTerms', () => {
  // Upstream TestSplitTerms.
  it.each<[string, string[]]>([
    ['a', ['a']],
    ['a=avalue', ['a=avalue']],
    ['a=avalue,b=bvalue', ['a=avalue', 'b=bvalue']],
    ['a=avalue,b==bvalue,c!=cvalue', ['a=avalue', 'b==bvalue', 'c!=cvalue']],
    ['', []],
    ['a=a,', ['a=a', '']],
    [',a=a', ['', 'a=a']],
    ['k=\\,,k2=v2', ['k=\\,', 'k2=v2']],
    ['k=\\\\,k2=v2', ['k=\\\\', 'k2=v2']],
    ['k=\\\\\\,,k2=v2', ['k=\\\\\\,', 'k2=v2']],
    ['k=\\a\\b\\', ['k=\\a\\b\\']],
    ['k=\\', ['k=\\']],
    ['함=수,목=록', ['함=수', '목=록']],
  ])('splits %j', (selector, expected) => {
    expect(splitTerms(selector)).toEqual(expected);
  });
});

describe('splitTerm', () => {
  // Upstream TestSplitTerm.
  it.each<[string, SplitTerm | undefined]>([
    ['a=value', { lhs: 'a', operator: '=', rhs: 'value' }],
    ['b==value', { lhs: 'b', operator: '==', rhs: 'value' }],
    ['c!=value', { lhs: 'c', operator: '!=', rhs: 'value' }],
    ['', undefined],
    ['a', undefined],
    ['k=\\,', { lhs: 'k', operator: '=', rhs: '\\,' }],
    ['k=\\=', { lhs: 'k', operator: '=', rhs: '\\=' }],
    ['k=\\\\\\a\\b\\=\\,\\', { lhs: 'k', operator: '=', rhs: '\\\\\\a\\b\\=\\,\\' }],
    ['함=수', { lhs: '함', operator: '=', rhs: '수' }],
    ['a!==b', { lhs: 'a', operator: '!=', rhs: '=b' }],
  ])('splits %j', (term, expected) => {
    expect(splitTerm(term)).toEqual(expected);
  });
});
