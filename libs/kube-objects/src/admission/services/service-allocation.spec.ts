import { SERVICE_RANGES } from '../allocation/service-ranges';
import { type Allocation, AllocationError, allocateService, type Taken } from './service-allocation';
import type { ServiceSpec } from './service-spec';

const none: Taken = { ips: new Set(), ports: new Set() };
const taken = (ips: string[], ports: number[] = []): Taken => ({ ips: new Set(ips), ports: new Set(ports) });

/** The field error text (`field: message`) an allocation fails with. */
function failure(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (!(error instanceof AllocationError)) throw error;
    return error.fieldError ? `${error.fieldError.field}: ${error.fieldError.message}` : `internal: ${error.message}`;
  }
  return 'OK';
}

const allocate = (spec: ServiceSpec, old?: ServiceSpec, used = none, random = () => 0.5): Allocation =>
  allocateService(spec, old, used, SERVICE_RANGES, random);

describe('allocateService: cluster IPs', () => {
  it('gives a ClusterIP service a free address from the dynamic band of 10.96.0.0/12', () => {
    const spec: ServiceSpec = { type: 'ClusterIP', ports: [{ port: 80 }] };
    const result = allocate(spec, undefined, none, () => 0);
    expect(spec.clusterIP).toBe('10.96.1.1');
    expect(spec.clusterIPs).toEqual(['10.96.1.1']);
    expect(result).toEqual({ claimed: { ips: ['10.96.1.1'], ports: [] }, released: { ips: [], ports: [] } });
    const next: ServiceSpec = { type: 'ClusterIP' };
    allocate(next, undefined, taken(['10.96.1.1']), () => 0);
    expect(next.clusterIP).toBe('10.96.1.2');
  });

  it('honours a free requested address, also below the dynamic band', () => {
    const spec: ServiceSpec = { type: 'ClusterIP', clusterIP: '10.96.0.20', clusterIPs: ['10.96.0.20'] };
    expect(allocate(spec, undefined, taken(['10.96.0.1', '10.96.0.10'])).claimed.ips).toEqual(['10.96.0.20']);
    expect(spec.clusterIP).toBe('10.96.0.20');
  });

  it('refuses taken and out-of-range addresses with upstream wording', () => {
    const used = taken(['10.96.0.1']);
    expect(failure(() => allocate({ clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'] }, undefined, used))).toBe(
      'spec.clusterIPs: Invalid value: []string{"10.96.0.1"}: failed to allocate IP 10.96.0.1: provided IP is already allocated',
    );
    expect(failure(() => allocate({ clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1'] }))).toBe(
      'spec.clusterIPs: Invalid value: []string{"10.0.0.1"}: failed to allocate IP 10.0.0.1: the provided IP (10.0.0.1) ' +
        'is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    );
    expect(failure(() => allocate({ clusterIP: '10.96.0.0', clusterIPs: ['10.96.0.0'] }))).toContain(
      'the provided IP (10.96.0.0) is not in the valid range',
    );
  });

  it('gives headless and ExternalName services no address', () => {
    const headless: ServiceSpec = { clusterIP: 'None', clusterIPs: ['None'] };
    expect(allocate(headless).claimed.ips).toEqual([]);
    expect(headless.clusterIPs).toEqual(['None']);
    const external: ServiceSpec = { type: 'ExternalName', externalName: 'db.example.com' };
    expect(allocate(external).claimed.ips).toEqual([]);
    expect(external.clusterIP).toBeUndefined();
  });

  it('keeps the address on update, and releases it when the service becomes ExternalName', () => {
    const old: ServiceSpec = { type: 'ClusterIP', clusterIP: '10.96.5.5', clusterIPs: ['10.96.5.5'] };
    expect(allocate({ ...old }, old)).toEqual({ claimed: { ips: [], ports: [] }, released: { ips: [], ports: [] } });
    expect(allocate({ type: 'ExternalName', externalName: 'x.example' }, old).released.ips).toEqual(['10.96.5.5']);
    const back: ServiceSpec = { type: 'ClusterIP' };
    expect(allocate(back, { type: 'ExternalName' }).claimed.ips).toEqual([back.clusterIP]);
  });

  it('reports a full range as an internal error', () => {
    const full = { ...SERVICE_RANGES, ips: { ...SERVICE_RANGES.ips, size: 1, dynamicFrom: 0 } };
    expect(failure(() => allocateService({ type: 'ClusterIP' }, undefined, taken(['10.96.0.1']), full, () => 0))).toBe(
      'internal: failed to allocate a serviceIP: range is full',
    );
  });
});

describe('allocateService: node ports', () => {
  it('gives every port of a NodePort service a free node port, shared by ports of the same number', () => {
    const spec: ServiceSpec = {
      type: 'NodePort',
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53, protocol: 'TCP' },
        { name: 'http', port: 80, protocol: 'TCP' },
      ],
    };
    const result = allocate(spec, undefined, taken([], [30086]), () => 0);
    expect((spec.ports as { nodePort: number }[]).map((p) => p.nodePort)).toEqual([30087, 30087, 30088]);
    expect(result.claimed.ports).toEqual([30087, 30088]);
    expect(result.claimed.ips).toHaveLength(1);
  });

  it('honours free requested ports and refuses taken or out-of-range ones', () => {
    const spec: ServiceSpec = { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] };
    expect(allocate(spec).claimed.ports).toEqual([30080]);
    const again = () =>
      allocate({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }, undefined, taken([], [30080]));
    expect(failure(again)).toBe('spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated');
    expect(failure(() => allocate({ type: 'NodePort', ports: [{ port: 80 }, { port: 81, nodePort: 80 }] }))).toBe(
      'spec.ports[1].nodePort: Invalid value: 80: provided port is not in the valid range. The range of valid ports is 30000-32767',
    );
    expect(
      failure(() =>
        allocate({
          type: 'NodePort',
          ports: [
            { port: 80, nodePort: 30001 },
            { port: 81, nodePort: 30001 },
          ],
        }),
      ),
    ).toBe('spec.ports[1].nodePort: Invalid value: 30001: provided port is already allocated');
  });

  it('allocates ports when an update turns a ClusterIP service into a NodePort one, and releases them back', () => {
    const old: ServiceSpec = {
      type: 'ClusterIP',
      clusterIP: '10.96.5.5',
      clusterIPs: ['10.96.5.5'],
      ports: [{ port: 80 }],
    };
    const nodePort: ServiceSpec = { ...structuredClone(old), type: 'NodePort' };
    const up = allocate(nodePort, old);
    expect(up.claimed).toEqual({ ips: [], ports: [(nodePort.ports as { nodePort: number }[])[0].nodePort] });
    const down: ServiceSpec = { ...structuredClone(old) };
    expect(allocate(down, nodePort).released.ports).toEqual(up.claimed.ports);
  });

  it('lets an update keep a node port listed twice, and move a port to another free one', () => {
    const old: ServiceSpec = {
      type: 'NodePort',
      ports: [
        { port: 53, protocol: 'UDP', nodePort: 30053 },
        { port: 53, protocol: 'TCP', nodePort: 30053 },
      ],
    };
    expect(allocate(structuredClone(old), old, taken([], [30054]))).toMatchObject({
      claimed: { ports: [] },
      released: { ports: [] },
    });
    const moved: ServiceSpec = { ...structuredClone(old), ports: [{ port: 53, nodePort: 30055 }] };
    expect(allocate(moved, old)).toMatchObject({ claimed: { ports: [30055] }, released: { ports: [30053] } });
  });

  it('follows allocateLoadBalancerNodePorts and gives Local load balancers a health check port', () => {
    const optOut: ServiceSpec = {
      type: 'LoadBalancer',
      allocateLoadBalancerNodePorts: false,
      ports: [{ port: 80 }, { port: 443, nodePort: 30443 }],
    };
    expect(allocate(optOut).claimed.ports).toEqual([30443]);
    const local: ServiceSpec = { type: 'LoadBalancer', externalTrafficPolicy: 'Local', ports: [{ port: 80 }] };
    const result = allocate(local, undefined, none, () => 0);
    expect(result.claimed.ports).toEqual([30086, 30087]);
    expect(local.healthCheckNodePort).toBe(30087);
    expect(
      failure(() =>
        allocate(
          { type: 'LoadBalancer', externalTrafficPolicy: 'Local', healthCheckNodePort: 30100 },
          undefined,
          taken([], [30100]),
        ),
      ),
    ).toBe('internal: failed to allocate requested HealthCheck NodePort 30100: provided port is already allocated');
  });
});
