import { kibibytes, milliCpu, parseQuantity, QuantityError } from './quantity';

describe('parseQuantity', () => {
  it.each([
    ['2', 2],
    ['500m', 0.5],
    ['1.5', 1.5],
    ['4Gi', 4 * 2 ** 30],
    ['128Mi', 128 * 2 ** 20],
    ['1k', 1000],
    ['1e3', 1000],
    ['100M', 1e8],
  ])('%s', (text, value) => {
    expect(parseQuantity(text)).toBeCloseTo(value);
  });

  it.each(['', 'abc', '4GB', '1..2', 'Gi'])('rejects %p', (text) => {
    expect(() => parseQuantity(text)).toThrow(QuantityError);
  });

  it('converts for node capacity', () => {
    expect(milliCpu('2')).toBe(2000);
    expect(milliCpu('250m')).toBe(250);
    expect(kibibytes('4Gi')).toBe('4194304Ki');
  });
});
