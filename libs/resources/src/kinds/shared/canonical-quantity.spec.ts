import { canonicalQuantity } from './canonical-quantity';

describe('canonicalQuantity', () => {
  it.each([
    ['128Mi', '128Mi'],
    ['1024Mi', '1Gi'],
    ['1536Mi', '1536Mi'],
    ['1.5Gi', '1536Mi'],
    ['0.5', '500m'],
    ['500m', '500m'],
    ['1000m', '1'],
    ['2000', '2k'],
    ['1500', '1500'],
    ['1e3', '1e3'],
    ['12e2', '1200'],
    ['0.5Ki', '512'],
    ['1M', '1M'],
    ['0', '0'],
    ['0Mi', '0'],
    ['-1', '-1'],
    ['-64Mi', '-64Mi'],
    ['0.1n', '1n'],
    ['x', 'x'],
  ])('%s -> %s', (input, output) => {
    expect(canonicalQuantity(input)).toBe(output);
  });
});
