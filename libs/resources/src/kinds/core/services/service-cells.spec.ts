import type { ResourceObject } from '../../../objects/resource-object';
import { SERVICES } from './services';
import { clusterIP, externalIP, servicePorts } from './service-cells';

const service = (spec: Record<string, unknown>, status: Record<string, unknown> = {}): ResourceObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web', namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' },
  spec,
  status,
});

describe('servicePorts', () => {
  it.each([
    [[{ port: 80, protocol: 'TCP', targetPort: 8080 }], '80/TCP'],
    [[{ port: 80, protocol: 'TCP', nodePort: 30080 }], '80:30080/TCP'],
    [
      [
        { name: 'dns', port: 53, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53, protocol: 'TCP' },
      ],
      '53/UDP,53/TCP',
    ],
    [[], '<none>'],
    [undefined, '<none>'],
  ])('%j -> %s', (ports, text) => {
    expect(servicePorts(service({ type: 'ClusterIP', ports }))).toBe(text);
  });
});

describe('clusterIP', () => {
  it('prints the cluster IP, None for headless services and <none> without one', () => {
    expect(clusterIP(service({ clusterIP: '10.96.0.10', clusterIPs: ['10.96.0.10'] }))).toBe('10.96.0.10');
    expect(clusterIP(service({ clusterIPs: ['10.96.0.11'] }))).toBe('10.96.0.11');
    expect(clusterIP(service({ clusterIP: 'None', clusterIPs: ['None'] }))).toBe('None');
    expect(clusterIP(service({ type: 'ExternalName' }))).toBe('<none>');
  });
});

describe('externalIP', () => {
  it.each([
    [{ type: 'ClusterIP' }, {}, '<none>'],
    [{ type: 'NodePort' }, {}, '<none>'],
    [{ type: 'ClusterIP', externalIPs: ['1.2.3.4', '5.6.7.8'] }, {}, '1.2.3.4,5.6.7.8'],
    [{ type: 'LoadBalancer' }, {}, '<pending>'],
    [
      { type: 'LoadBalancer' },
      { loadBalancer: { ingress: [{ ip: '9.9.9.9' }, { hostname: 'lb.example' }] } },
      '9.9.9.9,lb.example',
    ],
    [
      { type: 'LoadBalancer', externalIPs: ['1.1.1.1'] },
      { loadBalancer: { ingress: [{ ip: '9.9.9.9' }] } },
      '9.9.9.9,1.1.1.1',
    ],
    [{ type: 'ExternalName', externalName: 'db.example.com' }, {}, 'db.example.com'],
    [{}, {}, '<unknown>'],
  ])('%j %j -> %s', (spec, status, text) => {
    expect(externalIP(service(spec, status))).toBe(text);
  });
});

describe('SERVICES printer', () => {
  it('prints NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE SELECTOR', () => {
    const row = SERVICES.printer.row(
      service({
        type: 'NodePort',
        clusterIP: '10.96.12.34',
        ports: [{ port: 80, protocol: 'TCP', nodePort: 30080 }],
        selector: { tier: 'web', app: 'shop' },
      }),
      new Date('2025-01-01T00:10:00Z'),
    );
    expect(row).toEqual(['web', 'NodePort', '10.96.12.34', '<none>', '80:30080/TCP', '10m', 'app=shop,tier=web']);
    expect(SERVICES.printer.row(service({ type: 'ClusterIP' }), new Date('2025-01-01T00:00:05Z'))[6]).toBe('<none>');
  });
});
