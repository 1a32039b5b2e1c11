import { randomBytes } from 'node:crypto';
import type { KubeObject, WriteOp } from '@ksb/store';
import { kubeTime } from '../clock/clock';

export type EventType = 'Normal' | 'Warning';

/** Who reports: the component (and host, for kubelets) as `kubectl describe` shows in "From". */
export interface EventSource {
  component: string;
  host?: string;
}

/** The object an event is about, as its involvedObject. */
export interface InvolvedObject {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
  uid?: string;
  resourceVersion?: string;
  fieldPath?: string;
}

export const involvedObjectOf = (object: KubeObject, fieldPath?: string): InvolvedObject => ({
  apiVersion: object.apiVersion ?? 'v1',
  kind: object.kind ?? '',
  ...(object.metadata.namespace ? { namespace: object.metadata.namespace } : {}),
  name: object.metadata.name ?? '',
  ...(object.metadata.uid ? { uid: object.metadata.uid } : {}),
  ...(object.metadata.resourceVersion ? { resourceVersion: object.metadata.resourceVersion } : {}),
  ...(fieldPath ? { fieldPath } : {}),
});

export interface EventInput {
  involved: InvolvedObject;
  type: EventType;
  reason: string;
  message: string;
  source: EventSource;
  now: Date;
  /** The component's action for the new-style fields (events.k8s.io). */
  action?: string;
}

let lastNanos = 0n;

/**
 * Upstream names events <object>.<UnixNano in hex>; strictly increasing here (with a random start within
 * the millisecond) so events recorded together list in the order they happened.
 */
function eventNanos(now: Date): bigint {
  const candidate = BigInt(now.getTime()) * 1_000_000n + BigInt(randomBytes(2).readUInt16BE());
  lastNanos = candidate > lastNanos ? candidate : lastNanos + 1n;
  return lastNanos;
}

/**
 * A core/v1 Event as upstream recorders write it: named after the object plus a unique suffix, in the
 * object's namespace (cluster-scoped objects report into "default"), with count and first/last timestamps.
 */
export function eventObject(input: EventInput): KubeObject {
  const namespace = input.involved.namespace ?? 'default';
  const suffix = eventNanos(input.now).toString(16);
  const time = kubeTime(input.now);
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${input.involved.name}.${suffix}`, namespace },
    involvedObject: input.involved,
    reason: input.reason,
    message: input.message,
    source: input.source,
    firstTimestamp: time,
    lastTimestamp: time,
    count: 1,
    type: input.type,
    eventTime: null,
    reportingComponent: input.source.component,
    reportingInstance: input.source.host ?? '',
    ...(input.action ? { action: input.action } : {}),
  };
}

/** The store write that records an event, to commit together with the action it reports. */
export function eventOp(input: EventInput): WriteOp {
  const object = eventObject(input);
  return { op: 'create', resource: 'events', namespace: object.metadata.namespace ?? 'default', object };
}
