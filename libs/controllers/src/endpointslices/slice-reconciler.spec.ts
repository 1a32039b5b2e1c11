import type { KubeObject } from '@ksb/store';
import { pod, service } from '../endpoints/endpoints.test-fixtures';
import { asPod, asService } from '../endpoints/service-pods';
import { desiredGroups } from './slice-endpoints';
import { MAX_ENDPOINTS_PER_SLICE, planServiceSlices, type SlicePlan } from './slice-reconciler';

const nodes = new Map<string, KubeObject>([
  ['node-1', { metadata: { name: 'node-1', labels: { 'topology.kubernetes.io/zone': 'zone-a' } } }],
  ['node-2', { metadata: { name: 'node-2' } }],
]);

const plan = (svc: KubeObject, pods: KubeObject[], existing: KubeObject[] = []): SlicePlan =>
  planServiceSlices(svc, desiredGroups(asService(svc), pods.map(asPod), nodes), existing);

let counter = 0;
/** What the store would hold after committing a plan's creates (names given, as the API server does). */
const stored = (slices: KubeObject[]): KubeObject[] =>
  slices.map((slice) => ({
    ...slice,
    metadata: {
      ...slice.metadata,
      name: slice.metadata.name ?? `${String(slice.metadata.generateName)}x${++counter}`,
      uid: slice.metadata.uid ?? `slice-${counter}`,
      resourceVersion: '5',
    },
  }));

const apply = (state: KubeObject[], p: SlicePlan): KubeObject[] => {
  const gone = new Set([...p.delete, ...p.update].map((s) => s.metadata.name));
  return [...state.filter((s) => !gone.has(s.metadata.name)), ...stored(p.update), ...stored(p.create)];
};

describe('planServiceSlices', () => {
  it('creates a slice with endpoints, conditions, node, zone, ports, labels and owner', () => {
    const svc = service('web', { labels: { tier: 'front' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] });
    const result = plan(svc, [
      pod('a', { ip: '10.244.1.2' }),
      pod('b', { ip: '10.244.2.2', node: 'node-2', ready: false }),
      pod('c', { ip: '10.244.1.3', deleting: true }),
    ]);
    expect(result.update).toEqual([]);
    expect(result.delete).toEqual([]);
    expect(result.create).toEqual([
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: {
          generateName: 'web-',
          namespace: 'default',
          labels: {
            tier: 'front',
            'kubernetes.io/service-name': 'web',
            'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
          },
          ownerReferences: [
            {
              apiVersion: 'v1',
              kind: 'Service',
              name: 'web',
              uid: 'uid-svc-web',
              controller: true,
              blockOwnerDeletion: true,
            },
          ],
        },
        addressType: 'IPv4',
        endpoints: [
          {
            addresses: ['10.244.1.2'],
            conditions: { ready: true, serving: true, terminating: false },
            targetRef: { kind: 'Pod', namespace: 'default', name: 'a', uid: 'uid-a' },
            nodeName: 'node-1',
            zone: 'zone-a',
          },
          {
            addresses: ['10.244.2.2'],
            conditions: { ready: false, serving: false, terminating: false },
            targetRef: { kind: 'Pod', namespace: 'default', name: 'b', uid: 'uid-b' },
            nodeName: 'node-2',
          },
          {
            addresses: ['10.244.1.3'],
            conditions: { ready: false, serving: true, terminating: true },
            targetRef: { kind: 'Pod', namespace: 'default', name: 'c', uid: 'uid-c' },
            nodeName: 'node-1',
            zone: 'zone-a',
          },
        ],
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
    ]);
  });

  it('keeps a placeholder slice for a service without endpoints, and writes nothing the second time', () => {
    const svc = service('web');
    const first = plan(svc, []);
    expect(first.create).toHaveLength(1);
    expect(first.create[0]).toMatchObject({ endpoints: null, ports: null, addressType: 'IPv4' });
    const state = stored(first.create);
    expect(plan(svc, [], state)).toEqual({ create: [], update: [], delete: [] });
  });

  it('turns the placeholder into the first real slice (same name)', () => {
    const svc = service('web');
    const state = stored(plan(svc, []).create);
    const next = plan(svc, [pod('a', { ip: '10.244.1.2' })], state);
    expect(next.create).toEqual([]);
    expect(next.delete).toEqual([]);
    expect(next.update).toHaveLength(1);
    expect(next.update[0].metadata.name).toBe(state[0].metadata.name);
    expect(next.update[0]).toMatchObject({ ports: [{ port: 8080 }], endpoints: [{ addresses: ['10.244.1.2'] }] });
  });

  it('updates endpoints in place, removes gone pods, and is idempotent', () => {
    const svc = service('web');
    let state = stored(plan(svc, [pod('a', { ip: '10.244.1.2' }), pod('b', { ip: '10.244.1.3' })]).create);
    const pods = [pod('a', { ip: '10.244.1.2', ready: false }), pod('c', { ip: '10.244.1.4' })];
    const next = plan(svc, pods, state);
    expect(next.create).toEqual([]);
    expect(next.update).toHaveLength(1);
    const endpoints = next.update[0].endpoints as Array<{ targetRef: { name: string }; conditions: object }>;
    expect(endpoints.map((e) => e.targetRef.name)).toEqual(['a', 'c']);
    expect(endpoints[0].conditions).toEqual({ ready: false, serving: false, terminating: false });
    state = apply(state, next);
    expect(plan(svc, pods, state)).toEqual({ create: [], update: [], delete: [] });
  });

  it('splits more than 100 endpoints into several slices', () => {
    const svc = service('web');
    const pods = Array.from({ length: 150 }, (_, i) =>
      pod(`p${String(i).padStart(3, '0')}`, { ip: `10.244.1.${i + 1}` }),
    );
    const first = plan(svc, pods);
    expect(first.create.map((s) => (s.endpoints as unknown[]).length)).toEqual([MAX_ENDPOINTS_PER_SLICE, 50]);
    expect(plan(svc, pods, stored(first.create))).toEqual({ create: [], update: [], delete: [] });
  });

  it('groups pods by the ports they resolve', () => {
    const svc = service('web', { ports: [{ name: 'http', port: 80, targetPort: 'web' }] });
    const result = plan(svc, [
      pod('a', { ip: '10.244.1.2', ports: [{ name: 'web', containerPort: 8080 }] }),
      pod('b', { ip: '10.244.1.3', ports: [{ name: 'web', containerPort: 9090 }] }),
    ]);
    expect(result.create.map((s) => s.ports)).toEqual([
      [{ name: 'http', port: 8080, protocol: 'TCP' }],
      [{ name: 'http', port: 9090, protocol: 'TCP' }],
    ]);
  });

  it('deletes slices of a previous incarnation of the service and marks headless services', () => {
    const svc = service('db', { clusterIP: 'None' });
    const old = stored(plan(service('db'), []).create).map((s) => ({
      ...s,
      metadata: {
        ...s.metadata,
        ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: 'db', uid: 'old', controller: true }],
      },
    }));
    const result = plan(svc, [pod('a', { ip: '10.244.1.2' })], old);
    expect(result.delete.map((s) => s.metadata.name)).toEqual([old[0].metadata.name]);
    expect(result.create).toHaveLength(1);
    expect(result.create[0].metadata.labels).toMatchObject({ 'service.kubernetes.io/headless': '' });
  });

  it('leaves out pods on unknown nodes unless not-ready addresses are published', () => {
    const pods = [pod('a', { ip: '10.244.9.2', node: 'gone' })];
    expect(plan(service('web'), pods).create[0].endpoints).toBeNull();
    expect(plan(service('web', { publishNotReadyAddresses: true }), pods).create[0].endpoints).toHaveLength(1);
  });
});
