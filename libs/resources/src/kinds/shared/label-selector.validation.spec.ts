import { isEmptySelector, labelSelectorErrors } from './label-selector.validation';
import { selectorMatcher } from './selector-matcher';

const render = (errors: { field?: string; message: string }[]): string[] =>
  errors.map((error) => `${error.field ?? ''}: ${error.message}`);

describe('label selector validation', () => {
  it('accepts a valid selector and ignores an absent one', () => {
    expect(labelSelectorErrors({ matchLabels: { app: 'web' } }, 'spec.selector')).toEqual([]);
    expect(labelSelectorErrors(undefined, 'spec.selector')).toEqual([]);
  });

  it('checks operators and their values', () => {
    const errors = labelSelectorErrors(
      {
        matchExpressions: [
          { key: 'a', operator: 'In' },
          { key: 'b', operator: 'Exists', values: ['x'] },
          { key: 'c', operator: 'Near', values: ['x'] },
        ],
      },
      'spec.selector',
    );
    expect(render(errors)).toEqual([
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      "spec.selector.matchExpressions[1].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      'spec.selector.matchExpressions[2].operator: Invalid value: "Near": not a valid selector operator',
    ]);
  });

  it('tells empty selectors apart', () => {
    expect(isEmptySelector({})).toBe(true);
    expect(isEmptySelector({ matchLabels: {} })).toBe(true);
    expect(isEmptySelector({ matchExpressions: [{ key: 'a', operator: 'Exists' }] })).toBe(false);
  });
});

describe('selector matcher', () => {
  it('selects nothing for an absent selector and everything for {}', () => {
    expect(selectorMatcher(undefined)?.matches({ app: 'web' })).toBe(false);
    expect(selectorMatcher(undefined)?.empty).toBe(false);
    expect(selectorMatcher({})?.empty).toBe(true);
    expect(selectorMatcher({})?.matches({})).toBe(true);
  });

  it('matches labels and expressions', () => {
    const matcher = selectorMatcher({
      matchLabels: { app: 'web' },
      matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['db'] }],
    });
    expect(matcher?.matches({ app: 'web' })).toBe(true);
    expect(matcher?.matches({ app: 'web', tier: 'db' })).toBe(false);
  });

  it('reports a selector that cannot be converted', () => {
    expect(selectorMatcher({ matchExpressions: [{ key: 'a', operator: 'Near' }] })).toBeUndefined();
    expect(selectorMatcher('x')).toBeUndefined();
  });
});
