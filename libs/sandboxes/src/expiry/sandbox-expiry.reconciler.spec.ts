import { expiryDecision } from './sandbox-expiry.reconciler';

describe('expiryDecision', () => {
  const now = new Date('2026-01-01T00:00:00Z');

  it('does nothing without a TTL or once expired', () => {
    expect(expiryDecision(null, 'Ready', now)).toBe('none');
    expect(expiryDecision(new Date('2025-01-01T00:00:00Z'), 'Expired', now)).toBe('none');
  });

  it('expires at or after the deadline', () => {
    expect(expiryDecision(now, 'Ready', now)).toBe('expire');
    expect(expiryDecision(new Date('2025-12-31T23:59:00Z'), 'Ready', now)).toBe('expire');
  });

  it('waits for the remaining time before', () => {
    expect(expiryDecision(new Date('2026-01-01T00:00:30Z'), 'Ready', now)).toEqual({ waitMs: 30_000 });
  });
});
