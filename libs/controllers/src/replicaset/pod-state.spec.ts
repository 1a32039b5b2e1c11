import { availableFrom, isPodActive, isPodAvailable, isPodReady, readySince } from './pod-state';
import { pod } from './test-pods';

const at = (iso: string) => Date.parse(iso);

describe('pod state', () => {
  it('counts pods that are neither finished nor being deleted as active', () => {
    expect(isPodActive(pod({ name: 'a', phase: 'Running' }))).toBe(true);
    expect(isPodActive(pod({ name: 'a', phase: 'Pending' }))).toBe(true);
    expect(isPodActive(pod({ name: 'a', phase: 'Succeeded' }))).toBe(false);
    expect(isPodActive(pod({ name: 'a', phase: 'Failed' }))).toBe(false);
    expect(isPodActive(pod({ name: 'a', phase: 'Running', deleting: true }))).toBe(false);
  });

  it('reads readiness and its time from the Ready condition', () => {
    expect(isPodReady(pod({ name: 'a', readySince: '2024-01-01T00:00:10Z' }))).toBe(true);
    expect(isPodReady(pod({ name: 'a', readySince: false }))).toBe(false);
    expect(isPodReady(pod({ name: 'a' }))).toBe(false);
    expect(readySince(pod({ name: 'a', readySince: '2024-01-01T00:00:10Z' }))).toBe(at('2024-01-01T00:00:10Z'));
  });

  it('makes a ready pod available at once without minReadySeconds', () => {
    const ready = pod({ name: 'a', readySince: '2024-01-01T00:00:10Z' });
    expect(isPodAvailable(ready, 0, 0, at('2024-01-01T00:00:10Z'))).toBe(true);
    expect(availableFrom(ready, 0, 0)).toBe(Number.NEGATIVE_INFINITY);
  });

  it('makes it available only strictly after minReadySeconds (in the sandbox time)', () => {
    const ready = pod({ name: 'a', readySince: '2024-01-01T00:00:10Z' });
    // minReadySeconds 5 in a profile at 1/100 speed: 50 ms.
    expect(isPodAvailable(ready, 5, 50, at('2024-01-01T00:00:10Z') + 50)).toBe(false);
    expect(isPodAvailable(ready, 5, 50, at('2024-01-01T00:00:10Z') + 51)).toBe(true);
    expect(availableFrom(ready, 5, 50)).toBe(at('2024-01-01T00:00:10Z') + 51);
  });

  it('never makes a not-ready pod available', () => {
    expect(isPodAvailable(pod({ name: 'a', readySince: false }), 0, 0, Date.now())).toBe(false);
    expect(availableFrom(pod({ name: 'a' }), 5, 50)).toBeUndefined();
  });
});
