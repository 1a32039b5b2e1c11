import { backOffMs, pullDurationMs, RUNTIME_TIMINGS, runtimeTimings } from './runtime-timings';

describe('runtime timings', () => {
  const realistic = RUNTIME_TIMINGS.realistic;

  it('back-off: 10 s doubling to 300 s, as the kubelet', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 50].map((n) => backOffMs(realistic, n))).toEqual([
      0, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000,
    ]);
  });

  it('fast divides the back-offs and the reset by 100', () => {
    const fast = runtimeTimings({ name: 'fast' });
    expect([1, 2, 6].map((n) => backOffMs(fast, n))).toEqual([100, 200, 3000]);
    expect(fast.backOffResetMs).toBe(realistic.backOffResetMs / 100);
  });

  it('pull time grows with the image size', () => {
    expect(pullDurationMs(realistic, 72_099_410)).toBe(1642);
    expect(pullDurationMs(realistic, 2_166_802)).toBe(243);
    expect(pullDurationMs(RUNTIME_TIMINGS.fast, 72_099_410)).toBe(16);
  });
});
