import type { ChangeEvent } from '../objects/kube-object';

/** The Redis pub/sub channel of one sandbox's changes. */
export const changeChannel = (prefix: string, sandboxId: string): string => `${prefix}:changes:${sandboxId}`;

/** Messages above this size carry only revisions; receivers read the bodies from the change log. */
export const MAX_INLINE_MESSAGE_BYTES = 256 * 1024;

export type ChangeMessage = { events: ChangeEvent[] } | { upTo: number };

export function encodeChanges(events: ChangeEvent[]): string {
  const full = JSON.stringify({ events } satisfies ChangeMessage);
  if (full.length <= MAX_INLINE_MESSAGE_BYTES) return full;
  return JSON.stringify({ upTo: events[events.length - 1].revision } satisfies ChangeMessage);
}

export function decodeChanges(message: string): ChangeMessage {
  return JSON.parse(message) as ChangeMessage;
}
