import { intOrPercentErrors, intOrPercentValue, notMoreThan100PercentErrors } from './int-or-percent';

describe('int or percent', () => {
  it('reads ints and percentages', () => {
    expect(intOrPercentValue('25%')).toBe(25);
    expect(intOrPercentValue(3)).toBe(3);
    expect(intOrPercentValue('x')).toBe(0);
    expect(intOrPercentValue(undefined)).toBe(0);
  });

  it('rejects malformed percentages and negative ints', () => {
    expect(intOrPercentErrors('25', 'p')[0].message).toBe(
      `Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"25"}: a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')`,
    );
    expect(intOrPercentErrors(-1, 'p')[0].message).toBe('Invalid value: -1: must be greater than or equal to 0');
    expect(intOrPercentErrors('50%', 'p')).toEqual([]);
  });

  it('caps percentages at 100', () => {
    expect(notMoreThan100PercentErrors('150%', 'p')[0].message).toBe(
      'Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:"150%"}: must not be greater than 100%',
    );
    expect(notMoreThan100PercentErrors('100%', 'p')).toEqual([]);
  });
});
