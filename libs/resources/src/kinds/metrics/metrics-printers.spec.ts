import { NODE_METRICS } from './node-metrics';
import { POD_METRICS } from './pod-metrics';

const NOW = new Date('2025-01-01T00:00:00Z');

describe('metrics printers', () => {
  it('print NAME cpu memory WINDOW as metrics-server does', () => {
    expect(POD_METRICS.printer.columns.map((c) => [c.name, c.format])).toEqual([
      ['Name', 'name'],
      ['cpu', 'quantity'],
      ['memory', 'quantity'],
      ['Window', 'duration'],
    ]);
  });

  it('sums a pod over its containers', () => {
    const metrics = {
      metadata: { name: 'web-0', namespace: 'default' },
      timestamp: '2025-01-01T00:00:00Z',
      window: '10.5s',
      containers: [
        { name: 'web', usage: { cpu: '1234567n', memory: '10240Ki' } },
        { name: 'log', usage: { cpu: '1000000n', memory: '2048Ki' } },
      ],
    };
    expect(POD_METRICS.printer.row(metrics, NOW)).toEqual(['web-0', '2234567n', '12Mi', '10.5s']);
  });

  it('prints a node as reported', () => {
    const metrics = { metadata: { name: 'node-1' }, window: '20s', usage: { cpu: '250m', memory: '1048576Ki' } };
    expect(NODE_METRICS.printer.row(metrics, NOW)).toEqual(['node-1', '250m', '1Gi', '20s']);
  });
});
