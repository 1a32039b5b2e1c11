import { backoffDelay, jobIdOf } from './backoff';

describe('backoffDelay', () => {
  const policy = { baseMs: 100, maxMs: 1000 };

  it('doubles per attempt from the base', () => {
    expect([1, 2, 3, 4].map((a) => backoffDelay(a, policy))).toEqual([100, 200, 400, 800]);
  });

  it('is capped', () => {
    expect(backoffDelay(5, policy)).toBe(1000);
    expect(backoffDelay(500, policy)).toBe(1000);
  });
});

describe('jobIdOf', () => {
  it('gives distinct ids without colons', () => {
    expect(jobIdOf('a:b/c')).not.toContain(':');
    expect(jobIdOf('a:b')).not.toBe(jobIdOf('a%3Ab'.replace('%3A', '_')));
  });
});
