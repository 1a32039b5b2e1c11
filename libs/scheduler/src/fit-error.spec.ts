import { formatFitError } from './fit-error';

describe('formatFitError', () => {
  it('counts reasons and sorts the entries as strings', () => {
    expect(formatFitError(12, [...Array<string[]>(10).fill(['b']), ['a'], ['a']])).toBe(
      '0/12 nodes are available: 10 b, 2 a.',
    );
  });

  it('counts each of several reasons of one node', () => {
    expect(formatFitError(2, [['Insufficient cpu', 'Insufficient memory'], ['Insufficient cpu']])).toBe(
      '0/2 nodes are available: 1 Insufficient memory, 2 Insufficient cpu.',
    );
  });

  it('appends the post-filter message', () => {
    expect(formatFitError(1, [['x']], 'preemption: not eligible due to preemptionPolicy=Never.')).toBe(
      '0/1 nodes are available: 1 x. preemption: not eligible due to preemptionPolicy=Never.',
    );
  });
});
