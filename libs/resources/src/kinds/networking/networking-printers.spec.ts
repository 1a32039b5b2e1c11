import type { ResourceObject } from '../../objects/resource-object';
import { ingressAddress, ingressHosts, ingressPorts } from './ingress-cells';
import { INGRESS_CLASSES } from './ingressclasses';
import { INGRESSES } from './ingresses';

const NOW = new Date('2025-01-01T00:00:45Z');
const metadata = { name: 'shop', namespace: 'default', creationTimestamp: '2025-01-01T00:00:00Z' };
const ingress = (spec: Record<string, unknown>, status: Record<string, unknown> = {}): ResourceObject => ({
  metadata,
  spec,
  status,
});
const rules = (...hosts: (string | undefined)[]) => hosts.map((host) => (host ? { host } : {}));

describe('ingress cells', () => {
  it.each([
    [rules('a.example'), 'a.example'],
    [rules('a.example', 'b.example'), 'a.example,b.example'],
    [rules(undefined), '*'],
    [[], '*'],
    [rules(undefined, 'b.example'), 'b.example'],
    [rules('a', 'b', 'c', 'd', 'e'), 'a,b,c + 2 more...'],
    [rules('a', undefined, 'c', 'd'), 'a,c,d'],
    // Upstream counts every rule in "more", hostless ones included.
    [rules('a', undefined, 'c', 'd', 'e'), 'a,c,d + 2 more...'],
  ])('hosts of %j -> %s', (ruleList, text) => {
    expect(ingressHosts(ingress({ rules: ruleList }))).toBe(text);
  });

  it('prints addresses sorted and ports with TLS', () => {
    const status = {
      loadBalancer: { ingress: [{ ip: '172.18.0.5' }, { hostname: 'lb.example' }, { ip: '172.18.0.5' }] },
    };
    expect(ingressAddress(ingress({}, status))).toBe('172.18.0.5,lb.example');
    expect(ingressAddress(ingress({}))).toBe('');
    expect(ingressPorts(ingress({ tls: [{ hosts: ['a.example'] }] }))).toBe('80, 443');
    expect(ingressPorts(ingress({}))).toBe('80');
  });

  it('prints NAME CLASS HOSTS ADDRESS PORTS AGE', () => {
    expect(INGRESSES.printer.columns.map((c) => c.name)).toEqual(['Name', 'Class', 'Hosts', 'Address', 'Ports', 'Age']);
    const row = INGRESSES.printer.row(
      ingress(
        { ingressClassName: 'nginx', rules: rules('shop.example') },
        { loadBalancer: { ingress: [{ ip: '172.18.0.5' }] } },
      ),
      NOW,
    );
    expect(row).toEqual(['shop', 'nginx', 'shop.example', '172.18.0.5', '80', '45s']);
    expect(INGRESSES.printer.row(ingress({}), NOW)[1]).toBe('<none>');
  });
});

describe('ingress classes', () => {
  it('prints NAME CONTROLLER PARAMETERS AGE', () => {
    const ingressClass = (parameters?: Record<string, unknown>): ResourceObject => ({
      metadata: { ...metadata, name: 'nginx' },
      spec: { controller: 'k8s.io/ingress-nginx', parameters },
    });
    expect(INGRESS_CLASSES.printer.row(ingressClass(), NOW)).toEqual([
      'nginx',
      'k8s.io/ingress-nginx',
      '<none>',
      '45s',
    ]);
    expect(
      INGRESS_CLASSES.printer.row(
        ingressClass({ apiGroup: 'k8s.example.com', kind: 'IngressParameters', name: 'p' }),
        NOW,
      )[2],
    ).toBe('IngressParameters.k8s.example.com/p');
    expect(INGRESS_CLASSES.printer.row(ingressClass({ kind: 'ConfigMap', name: 'p' }), NOW)[2]).toBe('ConfigMap/p');
  });
});
