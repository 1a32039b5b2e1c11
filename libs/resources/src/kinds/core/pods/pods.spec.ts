import { PODS } from './pods';

const NOW = new Date('2025-01-01T12:00:00Z');

describe('PODS printer', () => {
  const base = {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'web-0', namespace: 'default', creationTimestamp: '2025-01-01T11:55:00Z' },
    spec: { containers: [{ name: 'web', image: 'nginx' }], nodeName: 'node-1' },
  };

  it('prints NAME READY STATUS RESTARTS AGE and the wide cells', () => {
    const pod = {
      ...base,
      status: {
        phase: 'Running',
        podIP: '10.244.1.5',
        podIPs: [{ ip: '10.244.1.5' }],
        containerStatuses: [{ name: 'web', ready: true, restartCount: 0, state: { running: {} } }],
      },
    };
    expect(PODS.printer.columns.map((column) => column.name)).toEqual([
      'Name',
      'Ready',
      'Status',
      'Restarts',
      'Age',
      'IP',
      'Node',
      'Nominated Node',
      'Readiness Gates',
    ]);
    expect(PODS.printer.row(pod, NOW)).toEqual([
      'web-0',
      '1/1',
      'Running',
      '0',
      '5m',
      '10.244.1.5',
      'node-1',
      '<none>',
      '<none>',
    ]);
  });

  it('prints <none> for an unscheduled pod and counts readiness gates', () => {
    const pod = {
      ...base,
      spec: { ...base.spec, nodeName: undefined, readinessGates: [{ conditionType: 'a' }, { conditionType: 'b' }] },
      status: { phase: 'Pending', conditions: [{ type: 'a', status: 'True' }] },
    };
    expect(PODS.printer.row(pod, NOW).slice(5)).toEqual(['<none>', '<none>', '<none>', '1/2']);
  });

  it('marks finished pods Completed on their row', () => {
    expect(PODS.printer.conditions?.({ ...base, status: { phase: 'Succeeded' } })).toEqual([
      { type: 'Completed', status: 'True', reason: 'Succeeded', message: 'The pod has completed successfully.' },
    ]);
    expect(PODS.printer.conditions?.({ ...base, status: { phase: 'Running' } })).toEqual([]);
  });
});
