import type { KubeObject } from '@ksb/store';
import {
  desiredLabels,
  desiredSubsets,
  lastChangeTriggerTime,
  planEndpoints,
  writtenByController,
} from './endpoints.logic';
import { pod, service } from './endpoints.test-fixtures';
import { asPod, asService, podsOfService } from './service-pods';

const subsetsOf = (svc: KubeObject, pods: KubeObject[]) =>
  desiredSubsets(asService(svc), podsOfService(asService(svc), pods.map(asPod)));
const ref = (name: string) => ({ kind: 'Pod', namespace: 'default', name, uid: `uid-${name}` });

describe('desiredSubsets', () => {
  it('lists ready pods as addresses and unready ones as notReadyAddresses, sorted by IP', () => {
    const subsets = subsetsOf(service('web'), [
      pod('b', { ip: '10.244.1.9' }),
      pod('a', { ip: '10.244.1.10' }),
      pod('c', { ip: '10.244.2.3', ready: false, node: 'node-2' }),
    ]);
    expect(subsets).toEqual([
      {
        addresses: [
          { ip: '10.244.1.10', nodeName: 'node-1', targetRef: ref('a') },
          { ip: '10.244.1.9', nodeName: 'node-1', targetRef: ref('b') },
        ],
        notReadyAddresses: [{ ip: '10.244.2.3', nodeName: 'node-2', targetRef: ref('c') }],
        ports: [{ port: 8080, protocol: 'TCP' }],
      },
    ]);
  });

  it('leaves out pods without an IP, terminal pods and terminating pods', () => {
    const subsets = subsetsOf(service('web'), [
      pod('no-ip'),
      pod('done', { ip: '10.244.1.2', phase: 'Succeeded' }),
      pod('going', { ip: '10.244.1.3', deleting: true }),
      pod('other', { ip: '10.244.1.4', labels: { app: 'db' } }),
    ]);
    expect(subsetsOf(service('web'), [])).toEqual([]);
    expect(subsets).toEqual([]);
  });

  it('publishes unready and terminating pods as ready with publishNotReadyAddresses', () => {
    const subsets = subsetsOf(service('web', { publishNotReadyAddresses: true }), [
      pod('a', { ip: '10.244.1.2', ready: false }),
      pod('b', { ip: '10.244.1.3', deleting: true }),
    ]);
    expect(subsets).toEqual([
      {
        addresses: [
          { ip: '10.244.1.2', nodeName: 'node-1', targetRef: ref('a') },
          { ip: '10.244.1.3', nodeName: 'node-1', targetRef: ref('b') },
        ],
        ports: [{ port: 8080, protocol: 'TCP' }],
      },
    ]);
  });

  it('resolves named target ports per pod and skips pods lacking the port', () => {
    const svc = service('web', {
      ports: [
        { name: 'http', port: 80, targetPort: 'web' },
        { name: 'metrics', port: 9000, targetPort: 9090 },
      ],
    });
    const subsets = subsetsOf(svc, [
      pod('a', { ip: '10.244.1.2', ports: [{ name: 'web', containerPort: 8080, protocol: 'TCP' }] }),
      pod('b', { ip: '10.244.1.3', ports: [{ name: 'web', containerPort: 8081, protocol: 'TCP' }] }),
      pod('c', { ip: '10.244.1.4', ports: [] }),
    ]);
    const a = { ip: '10.244.1.2', nodeName: 'node-1', targetRef: ref('a') };
    const b = { ip: '10.244.1.3', nodeName: 'node-1', targetRef: ref('b') };
    const c = { ip: '10.244.1.4', nodeName: 'node-1', targetRef: ref('c') };
    expect(subsets).toHaveLength(3);
    expect(subsets).toEqual(
      expect.arrayContaining([
        { addresses: [a], ports: [{ name: 'http', port: 8080, protocol: 'TCP' }] },
        { addresses: [b], ports: [{ name: 'http', port: 8081, protocol: 'TCP' }] },
        { addresses: [a, b, c], ports: [{ name: 'metrics', port: 9090, protocol: 'TCP' }] },
      ]),
    );
  });

  it('groups ports served by the same addresses into one subset', () => {
    const svc = service('web', {
      ports: [
        { name: 'https', port: 443, targetPort: 8443 },
        { name: 'http', port: 80, targetPort: 8080 },
      ],
    });
    expect(subsetsOf(svc, [pod('a', { ip: '10.244.1.2' })])).toEqual([
      {
        addresses: [{ ip: '10.244.1.2', nodeName: 'node-1', targetRef: ref('a') }],
        ports: [
          { name: 'http', port: 8080, protocol: 'TCP' },
          { name: 'https', port: 8443, protocol: 'TCP' },
        ],
      },
    ]);
  });

  it('gives port-less headless services addresses without ports, and hostnames to subdomain pods', () => {
    const svc = service('db', { clusterIP: 'None', ports: [] });
    svc.spec = { ...(svc.spec as object), ports: [] };
    const subsets = subsetsOf(svc, [pod('db-0', { ip: '10.244.1.2', hostname: 'db-0', subdomain: 'db' })]);
    expect(subsets).toEqual([
      { addresses: [{ ip: '10.244.1.2', hostname: 'db-0', nodeName: 'node-1', targetRef: ref('db-0') }] },
    ]);
  });
});

describe('desiredLabels', () => {
  it("copies the service's labels and marks headless services", () => {
    expect(desiredLabels(asService(service('web', { labels: { app: 'web' } })))).toEqual({ app: 'web' });
    expect(desiredLabels(asService(service('db', { clusterIP: 'None' })))).toEqual({
      'service.kubernetes.io/headless': '',
    });
  });
});

describe('planEndpoints', () => {
  const base = { pods: [pod('a', { ip: '10.244.1.2' })], terminating: new Set<string>(), isManaged: () => true };

  it('creates Endpoints for selecting services only, not in terminating namespaces', () => {
    const plan = planEndpoints({
      ...base,
      services: [
        service('web'),
        service('manual', { selector: null }),
        service('ext', { type: 'ExternalName' }),
        service('gone', { namespace: 'dying' }),
      ],
      endpoints: [],
      terminating: new Set(['dying']),
    });
    expect(plan.create.map((e) => e.metadata.name)).toEqual(['web']);
    expect(plan.create[0]).toMatchObject({
      apiVersion: 'v1',
      kind: 'Endpoints',
      subsets: [{ ports: [{ port: 8080 }] }],
    });
  });

  it('writes nothing when the Endpoints are as wanted', () => {
    const first = planEndpoints({ ...base, services: [service('web')], endpoints: [] });
    const stored = { ...first.create[0], metadata: { ...first.create[0].metadata, uid: 'e1', resourceVersion: '7' } };
    expect(planEndpoints({ ...base, services: [service('web')], endpoints: [stored] })).toEqual({
      create: [],
      update: [],
      delete: [],
    });
  });

  it('updates changed Endpoints keeping their metadata', () => {
    const stored: KubeObject = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'web', namespace: 'default', resourceVersion: '7', annotations: { a: 'b' } },
    };
    const plan = planEndpoints({ ...base, services: [service('web')], endpoints: [stored] });
    expect(plan.update).toHaveLength(1);
    expect(plan.update[0].metadata).toEqual({
      name: 'web',
      namespace: 'default',
      resourceVersion: '7',
      annotations: { a: 'b' },
    });
  });

  it('deletes managed Endpoints whose Service is gone, and leaves others alone', () => {
    const endpoints = (name: string, annotations?: Record<string, string>): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name, namespace: 'default', ...(annotations ? { annotations } : {}) },
    });
    const plan = planEndpoints({
      ...base,
      services: [service('manual', { selector: null })],
      endpoints: [
        endpoints('old'),
        endpoints('manual'),
        endpoints('user'),
        endpoints('lock', { 'control-plane.alpha.kubernetes.io/leader': '{}' }),
      ],
      isManaged: (e) => e.metadata.name !== 'user',
    });
    expect(plan.delete.map((e) => e.metadata.name)).toEqual(['old']);
    expect(plan.update).toEqual([]);
  });
});

describe('lastChangeTriggerTime', () => {
  it("is the latest of the service's creation and its pods' Ready transitions", () => {
    const svc = { ...service('web'), metadata: { name: 'web', creationTimestamp: '2026-01-01T00:00:00Z' } };
    const a = pod('a', { ip: '10.244.1.2' });
    (a.status as { conditions: object[] }).conditions = [
      { type: 'Ready', status: 'True', lastTransitionTime: '2026-01-01T00:05:00Z' },
    ];
    expect(lastChangeTriggerTime(asService(svc), [])).toBe('2026-01-01T00:00:00Z');
    expect(lastChangeTriggerTime(asService(svc), [asPod(a), asPod(pod('b'))])).toBe('2026-01-01T00:05:00Z');
    expect(lastChangeTriggerTime(asService(service('web')), [])).toBeUndefined();
  });
});

describe('writtenByController', () => {
  it('recognizes the trigger-time annotation or the field manager', () => {
    const meta = (metadata: object): KubeObject => ({ metadata: { name: 'e', ...metadata } });
    expect(
      writtenByController(meta({ annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': 'x' } }), 'kcm'),
    ).toBe(true);
    expect(writtenByController(meta({ managedFields: [{ manager: 'kcm' }] }), 'kcm')).toBe(true);
    expect(writtenByController(meta({ managedFields: [{ manager: 'kubectl' }] }), 'kcm')).toBe(false);
  });
});
