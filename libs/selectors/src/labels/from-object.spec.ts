import { SelectorError } from '../selector-error';
import { formatLabelSelector } from './format';
import { labelSelectorFromObject, type LabelSelectorObject } from './from-object';

const VALUE_MESSAGE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";

function errorOf(object: LabelSelectorObject): string {
  try {
    labelSelectorFromObject(object);
  } catch (error) {
    if (error instanceof SelectorError) return error.message;
    throw error;
  }
  throw new Error('expected a SelectorError');
}

describe('labelSelectorFromObject (metav1.LabelSelectorAsSelector)', () => {
  it('selects everything when empty', () => {
    expect(labelSelectorFromObject({})).toEqual([]);
    expect(labelSelectorFromObject({ matchLabels: null, matchExpressions: null })).toEqual([]);
    expect(labelSelectorFromObject({ matchLabels: {}, matchExpressions: [] })).toEqual([]);
  });

  it('combines matchLabels and matchExpressions sorted by key', () => {
    const selector = labelSelectorFromObject({
      matchLabels: { tier: 'frontend', app: 'web' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['prod', 'dev'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'zone', operator: 'NotIn', values: ['a'] },
        { key: 'team', operator: 'Exists', values: [] },
      ],
    });
    expect(selector).toEqual([
      { key: 'app', operator: 'In', values: ['web'] },
      { key: 'canary', operator: 'DoesNotExist', values: [] },
      { key: 'env', operator: 'In', values: ['prod', 'dev'] },
      { key: 'team', operator: 'Exists', values: [] },
      { key: 'tier', operator: 'In', values: ['frontend'] },
      { key: 'zone', operator: 'NotIn', values: ['a'] },
    ]);
    expect(formatLabelSelector(selector)).toBe('app=web,!canary,env in (dev,prod),team,tier=frontend,zone!=a');
  });

  it('prints what a Deployment scale status shows', () => {
    expect(formatLabelSelector(labelSelectorFromObject({ matchLabels: { app: 'web' } }))).toBe('app=web');
  });

  it('rejects an invalid label value with its path', () => {
    expect(errorOf({ matchLabels: { app: 'a b' } })).toBe(`values[0][app]: Invalid value: "a b": ${VALUE_MESSAGE}`);
  });

  it('rejects an invalid key with the "key" path', () => {
    expect(errorOf({ matchLabels: { 'a b': 'x' } })).toMatch(/^key: Invalid value: "a b": name part must consist/);
  });

  it.each([
    [
      { key: 'x', operator: 'In', values: [] },
      "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty",
    ],
    [
      { key: 'x', operator: 'NotIn' },
      "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty",
    ],
    [
      { key: 'x', operator: 'Exists', values: ['a'] },
      'values: Invalid value: []string{"a"}: values set must be empty for exists and does not exist',
    ],
    [
      { key: 'x', operator: 'DoesNotExist', values: ['a', 'b'] },
      'values: Invalid value: []string{"a", "b"}: values set must be empty for exists and does not exist',
    ],
    [{ key: 'x', operator: 'Gt', values: ['1'] }, '"Gt" is not a valid pod selector operator'],
    [{ key: 'x', operator: 'in', values: ['a'] }, '"in" is not a valid pod selector operator'],
  ])('rejects expression %j', (expression, message) => {
    expect(errorOf({ matchExpressions: [expression] })).toBe(message);
  });

  it('reports matchLabels problems before matchExpressions ones', () => {
    expect(
      errorOf({
        matchLabels: { b: '-' },
        matchExpressions: [{ key: 'a', operator: 'Bogus' }],
      }),
    ).toMatch(/^values\[0\]\[b\]/);
  });

  it('keeps expression values as given (printing sorts them)', () => {
    const selector = labelSelectorFromObject({
      matchExpressions: [{ key: 'x', operator: 'In', values: ['b', 'a', 'b'] }],
    });
    expect(selector).toEqual([{ key: 'x', operator: 'In', values: ['b', 'a', 'b'] }]);
    expect(
      formatLabelSelector(
        labelSelectorFromObject({
          matchExpressions: [{ key: 'x', operator: 'In', values: ['b', 'a'] }],
        }),
      ),
    ).toBe('x in (a,b)');
  });
});
