import type { KubeObject } from '@ksb/store';
import { toEndpoints, toService } from './service.mapper';

describe('service mappers', () => {
  it('maps a NodePort service: ports with target and node ports, selector, affinity', () => {
    const service: KubeObject = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', namespace: 'shop', uid: 'u1', resourceVersion: '12', labels: { app: 'web' } },
      spec: {
        type: 'NodePort',
        clusterIP: '10.96.0.10',
        clusterIPs: ['10.96.0.10'],
        selector: { app: 'web' },
        sessionAffinity: 'ClientIP',
        ports: [
          { name: 'http', port: 80, targetPort: 8080, nodePort: 30080, protocol: 'TCP' },
          { name: 'metrics', port: 9090, targetPort: 'metrics', nodePort: 30090, protocol: 'TCP' },
        ],
      },
    };
    const mapped = toService(service, 'sb1');
    expect(mapped.sandboxId).toBe('sb1');
    expect(mapped.metadata).toMatchObject({ name: 'web', namespace: 'shop', uid: 'u1', labels: { app: 'web' } });
    expect(mapped).toMatchObject({
      type: 'NodePort',
      clusterIP: '10.96.0.10',
      clusterIPs: ['10.96.0.10'],
      selector: { app: 'web' },
      sessionAffinity: 'ClientIP',
      externalName: null,
    });
    expect(mapped.ports).toEqual([
      { name: 'http', port: 80, targetPort: '8080', nodePort: 30080, protocol: 'TCP' },
      { name: 'metrics', port: 9090, targetPort: 'metrics', nodePort: 30090, protocol: 'TCP' },
    ]);
    expect(mapped.json).toBe(service);
  });

  it('fills what the API server defaults, and a selectorless ExternalName service', () => {
    const mapped = toService(
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'db' },
        spec: { type: 'ExternalName', externalName: 'db.example.com', ports: [{ port: 5432 }] },
      },
      'sb1',
    );
    expect(mapped).toMatchObject({
      type: 'ExternalName',
      clusterIP: null,
      clusterIPs: [],
      externalName: 'db.example.com',
      selector: null,
      sessionAffinity: 'None',
    });
    expect(mapped.ports).toEqual([{ name: null, port: 5432, targetPort: '5432', nodePort: null, protocol: 'TCP' }]);
    expect(toService({ metadata: { name: 'bare' } }, 'sb1')).toMatchObject({ type: 'ClusterIP', ports: [] });
  });

  it('maps the EndpointSlices of a service to one endpoint per address', () => {
    const slices: KubeObject[] = [
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: { name: 'web-abc', labels: { 'kubernetes.io/service-name': 'web' } },
        addressType: 'IPv4',
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
        endpoints: [
          {
            addresses: ['10.244.1.5'],
            conditions: { ready: true },
            nodeName: 'node-1',
            targetRef: { kind: 'Pod', name: 'web-1', namespace: 'shop' },
          },
          {
            addresses: ['10.244.2.7'],
            conditions: { ready: false, serving: false, terminating: true },
            nodeName: 'node-2',
            targetRef: { kind: 'Pod', name: 'web-2' },
          },
        ],
      },
      {
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: { name: 'web-def' },
        ports: [{ port: 8080 }],
        endpoints: [{ addresses: ['10.244.3.9', '10.244.3.10'] }],
      },
    ];
    expect(toEndpoints(slices)).toEqual([
      {
        ip: '10.244.1.5',
        ready: true,
        podName: 'web-1',
        nodeName: 'node-1',
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
      {
        ip: '10.244.2.7',
        ready: false,
        podName: 'web-2',
        nodeName: 'node-2',
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
      // No conditions: readiness unknown, taken as ready.
      {
        ip: '10.244.3.9',
        ready: true,
        podName: null,
        nodeName: null,
        ports: [{ name: null, port: 8080, protocol: 'TCP' }],
      },
      {
        ip: '10.244.3.10',
        ready: true,
        podName: null,
        nodeName: null,
        ports: [{ name: null, port: 8080, protocol: 'TCP' }],
      },
    ]);
  });

  it('names no pod for a target that is not one', () => {
    const slice: KubeObject = {
      metadata: { name: 's' },
      endpoints: [{ addresses: ['192.168.0.1'], targetRef: { kind: 'Node', name: 'node-1' } }],
    };
    expect(toEndpoints([slice])[0].podName).toBeNull();
    expect(toEndpoints([])).toEqual([]);
  });
});
