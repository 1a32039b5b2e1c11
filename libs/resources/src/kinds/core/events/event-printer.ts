import type { Printer } from '../../../definition/printer';
import { at, num, str } from '../../../objects/read';
import type { ResourceObject } from '../../../objects/resource-object';
import { column, wideColumn } from '../../../printing/columns';
import { parseTimestamp, since } from '../../../printing/timestamps';

// The columns of `kubectl get events`, shared by core/v1 and events.k8s.io/v1 Events (upstream prints both
// from the internal core Event, so events.k8s.io fields are read under their core names).

/** "pod/web-1", or just "pod" for an event about a kind. */
function involvedObject(event: ResourceObject): string {
  const kind = str(at(event, 'involvedObject', 'kind')).toLowerCase();
  const name = str(at(event, 'involvedObject', 'name'));
  return name ? `${kind}/${name}` : kind;
}

/** "kubelet, node-1": component (or reporting controller), then host (or reporting instance) when known. */
function eventSource(event: ResourceObject): string {
  const component = str(at(event, 'source', 'component')) || str(event.reportingComponent);
  const host = str(at(event, 'source', 'host')) || str(event.reportingInstance);
  return host ? `${component}, ${host}` : component;
}

interface Timing {
  lastSeen: string;
  firstSeen: string;
  count: number;
}

function timing(event: ResourceObject, now: Date): Timing {
  const firstSeen =
    parseTimestamp(event.firstTimestamp) === null ? since(event.eventTime, now) : since(event.firstTimestamp, now);
  let lastSeen = parseTimestamp(event.lastTimestamp) === null ? firstSeen : since(event.lastTimestamp, now);
  let count = num(event.count);
  if (event.series !== undefined && event.series !== null) {
    lastSeen = since(at(event, 'series', 'lastObservedTime'), now);
    count = num(at(event, 'series', 'count'));
  } else if (count === 0) {
    // Singleton events of the new API carry no count.
    count = 1;
  }
  return { lastSeen, firstSeen, count };
}

/** The row of a core Event (or an events.k8s.io one already read as core). */
export function coreEventRow(event: ResourceObject, now: Date): (string | number)[] {
  const { lastSeen, firstSeen, count } = timing(event, now);
  return [
    lastSeen,
    str(event.type),
    str(event.reason),
    involvedObject(event),
    str(at(event, 'involvedObject', 'fieldPath')),
    eventSource(event),
    str(event.message).trim(),
    firstSeen,
    count,
    event.metadata.name ?? '',
  ];
}

export const EVENT_COLUMNS = [
  column('Last Seen', 'Time since the event was last seen.'),
  column('Type', 'Normal or Warning.'),
  column('Reason', 'Short reason for the event.'),
  column('Object', 'The object the event is about.'),
  wideColumn('Subobject', 'Part of the object the event is about, e.g. a container.'),
  wideColumn('Source', 'Component and host that reported the event.'),
  column('Message', 'What happened.'),
  wideColumn('First Seen', 'Time since the event was first seen.'),
  wideColumn('Count', 'How often the event occurred.'),
  wideColumn('Name', 'Name of the event object.', { format: 'name' }),
];

export const CORE_EVENT_PRINTER: Printer = { columns: EVENT_COLUMNS, row: coreEventRow };
