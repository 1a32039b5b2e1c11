import { defaultNormalizeScore } from './normalize';

describe('defaultNormalizeScore', () => {
  it('scales to 100 with integer division', () => {
    expect(defaultNormalizeScore([3, 2, 0], false)).toEqual([100, 66, 0]);
  });

  it('reverses so the lowest raw score wins', () => {
    expect(defaultNormalizeScore([3, 2, 0], true)).toEqual([0, 34, 100]);
  });

  it('handles all-zero raw scores as upstream', () => {
    expect(defaultNormalizeScore([0, 0], false)).toEqual([0, 0]);
    expect(defaultNormalizeScore([0, 0], true)).toEqual([100, 100]);
  });
});
