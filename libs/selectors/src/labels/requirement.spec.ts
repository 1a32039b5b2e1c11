import { SelectorError } from '../selector-error';
import { newRequirement } from './requirement';
import type { SelectionOperator } from './selection-operator';

function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof SelectorError) return error.message;
    throw error;
  }
  throw new Error('expected a SelectorError');
}

describe('newRequirement (labels.NewRequirement)', () => {
  // Upstream TestRequirementConstructor.
  it.each<[string, SelectionOperator, string[], boolean]>([
    ['x', 'in', [], false],
    ['x', 'notin', [], false],
    ['x', 'in', ['foo'], true],
    ['x', 'notin', ['foo'], true],
    ['x', 'exists', [], true],
    ['x', '!', [], true],
    ['1foo', 'in', ['bar'], true],
    ['1234', 'in', ['bar'], true],
    ['y', 'gt', ['1'], true],
    ['z', 'lt', ['6'], true],
    ['foo', 'gt', ['bar'], false],
    ['barz', 'lt', ['blah'], false],
    ['a'.repeat(254), 'exists', [], false],
  ])('%s %s %j valid=%s', (key, operator, values, valid) => {
    const build = (): unknown => newRequirement(key, operator, values);
    if (valid) expect(build).not.toThrow();
    else expect(build).toThrow(SelectorError);
  });

  it('maps = and == to In and != to NotIn', () => {
    expect(newRequirement('a', '=', ['b'])).toEqual({
      key: 'a',
      operator: 'In',
      values: ['b'],
    });
    expect(newRequirement('a', '==', ['b'])).toEqual({
      key: 'a',
      operator: 'In',
      values: ['b'],
    });
    expect(newRequirement('a', '!=', ['b'])).toEqual({
      key: 'a',
      operator: 'NotIn',
      values: ['b'],
    });
  });

  it('copies the values it is given', () => {
    const values = ['b'];
    const requirement = newRequirement('a', 'in', values);
    values.push('c');
    expect(requirement.values).toEqual(['b']);
  });

  it.each<[SelectionOperator, string[], string]>([
    ['in', [], "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty"],
    ['=', ['a', 'b'], 'values: Invalid value: []string{"a", "b"}: exact-match compatibility requires one single value'],
    ['exists', ['a'], 'values: Invalid value: []string{"a"}: values set must be empty for exists and does not exist'],
    [
      'gt',
      ['1', '2'],
      `values: Invalid value: []string{"1", "2"}: for 'Gt', 'Lt' operators, exactly one value is required`,
    ],
  ])('explains %s with %j', (operator, values, message) => {
    expect(errorOf(() => newRequirement('x', operator, values))).toBe(message);
  });

  it('reports key and value problems together', () => {
    expect(errorOf(() => newRequirement('-x', '=', ['-v']))).toMatch(
      /^\[key: Invalid value: "-x": name part .*, values\[0\]\[-x\]: Invalid value: "-v": a valid label .*\]$/,
    );
  });
});
