import type { KubeObject } from '@ksb/store';
import { toEvent } from './event.mapper';

describe('toEvent', () => {
  it('maps a core Event as the kubelet records it', () => {
    const event: KubeObject = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'web-1.17f', namespace: 'default' },
      type: 'Warning',
      reason: 'BackOff',
      message: 'Back-off restarting failed container web\n',
      count: 4,
      involvedObject: {
        kind: 'Pod',
        name: 'web-1',
        namespace: 'default',
        uid: 'p1',
        fieldPath: 'spec.containers{web}',
      },
      source: { component: 'kubelet', host: 'node-1' },
      firstTimestamp: '2025-01-01T10:00:00Z',
      lastTimestamp: '2025-01-01T10:05:00Z',
    };
    expect(toEvent(event)).toEqual({
      metadata: expect.objectContaining({ name: 'web-1.17f', namespace: 'default' }) as unknown,
      type: 'Warning',
      reason: 'BackOff',
      message: 'Back-off restarting failed container web',
      count: 4,
      involvedObject: {
        kind: 'Pod',
        name: 'web-1',
        namespace: 'default',
        uid: 'p1',
        fieldPath: 'spec.containers{web}',
      },
      source: { component: 'kubelet', host: 'node-1' },
      firstTimestamp: '2025-01-01T10:00:00Z',
      lastTimestamp: '2025-01-01T10:05:00Z',
      json: event,
    });
  });

  it('reads an event of the newer API under the core names', () => {
    const mapped = toEvent({
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'e', namespace: 'default' },
      reason: 'Scheduled',
      message: 'assigned',
      involvedObject: { kind: 'Pod', name: 'web-2' },
      eventTime: '2025-01-01T11:00:00.000000Z',
      series: { count: 3, lastObservedTime: '2025-01-01T11:02:00.000000Z' },
      reportingComponent: 'default-scheduler',
      reportingInstance: 'scheduler-0',
    });
    expect(mapped).toMatchObject({
      type: 'Normal',
      count: 3,
      involvedObject: { kind: 'Pod', name: 'web-2', namespace: null, uid: null, fieldPath: null },
      source: { component: 'default-scheduler', host: 'scheduler-0' },
      firstTimestamp: '2025-01-01T11:00:00.000000Z',
      lastTimestamp: '2025-01-01T11:02:00.000000Z',
    });
  });

  it('counts a single occurrence as 1 and shows last seen as first seen when absent', () => {
    const mapped = toEvent({
      metadata: { name: 'once' },
      firstTimestamp: '2025-01-01T12:00:00Z',
      source: {},
      reportingInstance: '',
    });
    expect(mapped).toMatchObject({
      count: 1,
      lastTimestamp: '2025-01-01T12:00:00Z',
      source: { component: '', host: null },
    });
  });
});
