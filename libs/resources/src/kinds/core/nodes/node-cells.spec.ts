import type { ResourceObject } from '../../../objects/resource-object';
import { nodeAddress, nodeInfo, nodeRoles, nodeStatus } from './node-cells';
import { NODES } from './nodes';

const node = (parts: { labels?: Record<string, string>; spec?: object; status?: object }): ResourceObject => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name: 'node-1', labels: parts.labels, creationTimestamp: '2025-01-01T00:00:00Z' },
  spec: parts.spec ?? {},
  status: parts.status ?? {},
});

const ready = (status: string) => ({
  conditions: [
    { type: 'MemoryPressure', status: 'False' },
    { type: 'Ready', status },
  ],
});

describe('nodeStatus', () => {
  it.each([
    [ready('True'), {}, 'Ready'],
    [ready('False'), {}, 'NotReady'],
    [ready('Unknown'), {}, 'NotReady'],
    [ready('True'), { unschedulable: true }, 'Ready,SchedulingDisabled'],
    [ready('Unknown'), { unschedulable: true }, 'NotReady,SchedulingDisabled'],
    [{ conditions: [] }, {}, 'Unknown'],
    [{}, { unschedulable: true }, 'Unknown,SchedulingDisabled'],
  ])('%j %j -> %s', (status, spec, text) => {
    expect(nodeStatus(node({ status, spec }))).toBe(text);
  });
});

describe('nodeRoles', () => {
  it.each([
    [{ 'node-role.kubernetes.io/control-plane': '' }, 'control-plane'],
    [{ 'node-role.kubernetes.io/worker': 'true', 'node-role.kubernetes.io/infra': '' }, 'infra,worker'],
    [{ 'kubernetes.io/role': 'master' }, 'master'],
    [{ 'kubernetes.io/role': '' }, '<none>'],
    [{ 'node-role.kubernetes.io/': '' }, '<none>'],
    [{ 'kubernetes.io/hostname': 'node-1' }, '<none>'],
    [undefined, '<none>'],
    [{ 'node-role.kubernetes.io/master': '', 'kubernetes.io/role': 'master' }, 'master'],
  ])('%j -> %s', (labels, text) => {
    expect(nodeRoles(node({ labels }))).toBe(text);
  });
});

describe('node wide cells', () => {
  const status = {
    addresses: [
      { type: 'Hostname', address: 'node-1' },
      { type: 'InternalIP', address: '172.18.0.2' },
    ],
    nodeInfo: { kubeletVersion: 'v1.32.2', osImage: 'Debian GNU/Linux 12 (bookworm)', kernelVersion: '' },
  };

  it('prints addresses, <none> and <unknown> for missing ones', () => {
    expect(nodeAddress(node({ status }), 'InternalIP')).toBe('172.18.0.2');
    expect(nodeAddress(node({ status }), 'ExternalIP')).toBe('<none>');
    expect(nodeInfo(node({ status }), 'osImage')).toBe('Debian GNU/Linux 12 (bookworm)');
    expect(nodeInfo(node({ status }), 'kernelVersion')).toBe('<unknown>');
  });

  it('prints the whole row', () => {
    const row = NODES.printer.row(
      node({ labels: { 'node-role.kubernetes.io/control-plane': '' }, status: { ...status, ...ready('True') } }),
      new Date('2025-01-03T03:00:00Z'),
    );
    expect(row).toEqual([
      'node-1',
      'Ready',
      'control-plane',
      '2d3h',
      'v1.32.2',
      '172.18.0.2',
      '<none>',
      'Debian GNU/Linux 12 (bookworm)',
      '<unknown>',
      '<unknown>',
    ]);
  });
});
