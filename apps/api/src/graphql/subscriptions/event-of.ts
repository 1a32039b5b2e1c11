import type { KubeObject } from '@ksb/store';
import type { StreamItem } from './event-stream';
import { type ObjectEventShape, WatchEventType } from './object-event.type';

/** Each stream item as the subscription's payload; the error that ends a stream is raised as a GraphQL error. */
export function eventOf<T>(
  item: StreamItem,
  map: (object: KubeObject) => T,
): ObjectEventShape<T> & { resource: string } {
  if ('error' in item) throw item.error;
  const { event } = item;
  return {
    type: WatchEventType[event.type],
    revision: String(event.revision),
    resource: event.resource,
    object: map(event.object),
  };
}
