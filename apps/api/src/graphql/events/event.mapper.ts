import { at, num, str } from '@ksb/resources';
import type { KubeObject } from '@ksb/store';
import { metaOf, optionalText } from '../common/object-meta.type';
import type { KubeEvent } from './event.type';

/**
 * A core Event as `kubectl get events` reads it: an event recorded through the newer API (eventTime,
 * series, reportingController) is read under the core names, and a count of 0 is one occurrence.
 */
export function toEvent(event: KubeObject): KubeEvent {
  const involved = event.involvedObject;
  const first = optionalText(event.firstTimestamp) ?? optionalText(event.eventTime);
  const series = event.series;
  const count = series ? num(at(series, 'count')) : num(event.count);
  return {
    metadata: metaOf(event),
    type: str(event.type, 'Normal'),
    reason: str(event.reason),
    message: str(event.message).trim(),
    count: count > 0 ? count : 1,
    involvedObject: {
      kind: str(at(involved, 'kind')),
      name: str(at(involved, 'name')),
      namespace: optionalText(at(involved, 'namespace')),
      uid: optionalText(at(involved, 'uid')),
      fieldPath: optionalText(at(involved, 'fieldPath')),
    },
    source: {
      component: str(at(event, 'source', 'component')) || str(event.reportingComponent),
      host: optionalText(at(event, 'source', 'host')) || optionalText(event.reportingInstance) || null,
    },
    firstTimestamp: first,
    lastTimestamp: (series ? optionalText(at(series, 'lastObservedTime')) : optionalText(event.lastTimestamp)) ?? first,
    json: event,
  };
}
