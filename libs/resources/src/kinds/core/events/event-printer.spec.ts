import { EVENTS } from '../../events/events';
import { CORE_EVENTS } from './events';

const NOW = new Date('2025-01-01T12:00:00Z');

describe('event printers', () => {
  it('print LAST SEEN TYPE REASON OBJECT MESSAGE with the wide columns between and after', () => {
    expect(CORE_EVENTS.printer.columns.map((c) => [c.name, c.priority])).toEqual([
      ['Last Seen', 0],
      ['Type', 0],
      ['Reason', 0],
      ['Object', 0],
      ['Subobject', 1],
      ['Source', 1],
      ['Message', 0],
      ['First Seen', 1],
      ['Count', 1],
      ['Name', 1],
    ]);
  });

  it('prints a core event', () => {
    const event = {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: 'web-1.17f', namespace: 'default' },
      involvedObject: { kind: 'Pod', name: 'web-1', fieldPath: 'spec.containers{web}' },
      reason: 'Pulled',
      message: '  Successfully pulled image "nginx"\n',
      source: { component: 'kubelet', host: 'node-1' },
      firstTimestamp: '2025-01-01T11:50:00Z',
      lastTimestamp: '2025-01-01T11:58:00Z',
      count: 3,
      type: 'Normal',
    };
    expect(CORE_EVENTS.printer.row(event, NOW)).toEqual([
      '2m',
      'Normal',
      'Pulled',
      'pod/web-1',
      'spec.containers{web}',
      'kubelet, node-1',
      'Successfully pulled image "nginx"',
      '10m',
      3,
      'web-1.17f',
    ]);
  });

  it('falls back to eventTime, series and the reporting controller', () => {
    const event = {
      metadata: { name: 'e' },
      involvedObject: { kind: 'Node' },
      reason: 'Starting',
      message: 'Starting kubelet.',
      eventTime: '2025-01-01T11:00:00.000000Z',
      reportingComponent: 'kubelet',
      type: 'Normal',
    };
    const row = CORE_EVENTS.printer.row(event, NOW);
    expect([row[0], row[3], row[5], row[7], row[8]]).toEqual(['60m', 'node', 'kubelet', '60m', 1]);

    const series = { ...event, series: { count: 5, lastObservedTime: '2025-01-01T11:59:30.000000Z' } };
    const seriesRow = CORE_EVENTS.printer.row(series, NOW);
    expect([seriesRow[0], seriesRow[8]]).toEqual(['30s', 5]);
  });

  it('prints an events.k8s.io event as its core form', () => {
    const event = {
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: { name: 'web.1', namespace: 'default' },
      regarding: { kind: 'Deployment', name: 'web' },
      reason: 'ScalingReplicaSet',
      note: 'Scaled up replica set web-abc to 3',
      eventTime: '2025-01-01T11:59:00.000000Z',
      reportingController: 'deployment-controller',
      reportingInstance: '',
      deprecatedCount: 2,
      deprecatedFirstTimestamp: '2025-01-01T11:40:00Z',
      deprecatedLastTimestamp: '2025-01-01T11:59:00Z',
      type: 'Normal',
    };
    expect(EVENTS.printer.row(event, NOW)).toEqual([
      '60s',
      'Normal',
      'ScalingReplicaSet',
      'deployment/web',
      '',
      'deployment-controller',
      'Scaled up replica set web-abc to 3',
      '20m',
      2,
      'web.1',
    ]);
  });
});
