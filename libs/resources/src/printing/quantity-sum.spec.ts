import { sumQuantities } from './quantity-sum';

describe('sumQuantities', () => {
  it.each([
    [['250m'], '250m'],
    [['100m', '150m'], '250m'],
    [['600m', '400m'], '1'],
    [['1500m'], '1500m'],
    [['2000'], '2k'],
    [['1234567n', '1000000n'], '2234567n'],
    [['0.5'], '500m'],
    [['1Gi'], '1Gi'],
    [['512Mi', '512Mi'], '1Gi'],
    [['34184Ki'], '34184Ki'],
    [['1536Ki', '512Ki'], '2Mi'],
    [['1Ki', '1'], '1025'],
    [['100Mi', '1M'], '105857600'],
    [['1e3'], '1k'],
    [[], '0'],
  ])('%j -> %s', (values, text) => {
    expect(sumQuantities(values)).toBe(text);
  });
});
