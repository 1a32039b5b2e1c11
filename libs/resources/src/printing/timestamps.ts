import { humanDuration } from '../duration/human-duration';
import type { ResourceObject } from '../objects/resource-object';

const GO_ZERO_TIME = Date.parse('0001-01-01T00:00:00Z');

/** Milliseconds since the epoch of an RFC 3339 timestamp, or null for absent, unparsable or Go's zero time. */
export function parseTimestamp(value: unknown): number | null {
  if (typeof value !== 'string' || value === '') return null;
  const millis = Date.parse(value);
  if (Number.isNaN(millis) || millis === GO_ZERO_TIME) return null;
  return millis;
}

/** translateTimestampSince: how long ago, or "<unknown>" without a timestamp. */
export function since(timestamp: unknown, now: Date): string {
  const millis = parseTimestamp(timestamp);
  return millis === null ? '<unknown>' : humanDuration(now.getTime() - millis);
}

/** The AGE cell. */
export const age = (object: ResourceObject, now: Date): string => since(object.metadata.creationTimestamp, now);

/** Time.UTC().Format(time.RFC3339): whole seconds, Z; the zero time when absent. */
export function rfc3339(timestamp: unknown): string {
  const millis = parseTimestamp(timestamp);
  if (millis === null) return '0001-01-01T00:00:00Z';
  return new Date(Math.floor(millis / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
