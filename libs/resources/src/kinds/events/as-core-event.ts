import type { ResourceObject } from '../../objects/resource-object';

/** events.k8s.io/v1 field names under their core/v1 names, as upstream converts before printing. */
const CORE_NAMES: Readonly<Record<string, string>> = {
  regarding: 'involvedObject',
  note: 'message',
  deprecatedSource: 'source',
  deprecatedFirstTimestamp: 'firstTimestamp',
  deprecatedLastTimestamp: 'lastTimestamp',
  deprecatedCount: 'count',
  reportingController: 'reportingComponent',
};

export function asCoreEvent(event: ResourceObject): ResourceObject {
  const core: ResourceObject = { metadata: event.metadata };
  for (const [field, value] of Object.entries(event)) {
    if (field !== 'metadata') core[CORE_NAMES[field] ?? field] = value;
  }
  return core;
}
