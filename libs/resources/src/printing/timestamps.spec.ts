import { formatLabels } from './labels';
import { parseTimestamp, rfc3339, since } from './timestamps';

const NOW = new Date('2025-01-01T12:00:00Z');

describe('timestamps', () => {
  it('prints ages as translateTimestampSince does', () => {
    expect(since('2025-01-01T11:59:55Z', NOW)).toBe('5s');
    expect(since('2025-01-01T11:56:58.123456Z', NOW)).toBe('3m1s');
    expect(since('2025-01-01T12:00:01Z', NOW)).toBe('0s');
    expect(since('2025-01-01T12:00:05Z', NOW)).toBe('<invalid>');
    expect(since(undefined, NOW)).toBe('<unknown>');
    expect(since('0001-01-01T00:00:00Z', NOW)).toBe('<unknown>');
    expect(since('not a time', NOW)).toBe('<unknown>');
  });

  it('parses RFC 3339 with offsets and fractions', () => {
    expect(parseTimestamp('2025-01-01T13:00:00+01:00')).toBe(NOW.getTime());
    expect(parseTimestamp('')).toBeNull();
  });

  it('formats creation times as Go RFC 3339 in UTC', () => {
    expect(rfc3339('2025-01-01T13:00:00.987+01:00')).toBe('2025-01-01T12:00:00Z');
    expect(rfc3339(undefined)).toBe('0001-01-01T00:00:00Z');
  });

  it('formats label maps sorted, <none> when empty', () => {
    expect(formatLabels({ b: '2', a: '1' })).toBe('a=1,b=2');
    expect(formatLabels({})).toBe('<none>');
    expect(formatLabels(null)).toBe('<none>');
  });
});
