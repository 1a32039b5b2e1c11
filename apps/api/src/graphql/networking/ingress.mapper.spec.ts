import type { KubeObject } from '@ksb/store';
import { toIngress } from './ingress.mapper';

describe('toIngress', () => {
  it('maps rules, paths with their service backends, the default backend, TLS hosts and addresses', () => {
    const ingress: KubeObject = {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'shop', namespace: 'default' },
      spec: {
        ingressClassName: 'nginx',
        defaultBackend: { service: { name: 'fallback', port: { number: 80 } } },
        tls: [{ hosts: ['shop.example.com', 'www.example.com'], secretName: 'shop-tls' }],
        rules: [
          {
            host: 'shop.example.com',
            http: {
              paths: [
                { path: '/api', pathType: 'Prefix', backend: { service: { name: 'api', port: { number: 8080 } } } },
                { path: '/', pathType: 'Exact', backend: { service: { name: 'web', port: { name: 'http' } } } },
              ],
            },
          },
          { http: { paths: [{ pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } },
        ],
      },
      status: { loadBalancer: { ingress: [{ ip: '172.18.0.10' }, { hostname: 'lb.example.com' }, {}] } },
    };
    const mapped = toIngress(ingress);
    expect(mapped.metadata.name).toBe('shop');
    expect(mapped.ingressClassName).toBe('nginx');
    expect(mapped.rules).toEqual([
      {
        host: 'shop.example.com',
        paths: [
          { path: '/api', pathType: 'Prefix', serviceName: 'api', servicePort: '8080' },
          { path: '/', pathType: 'Exact', serviceName: 'web', servicePort: 'http' },
        ],
      },
      { host: null, paths: [{ path: '/', pathType: 'Prefix', serviceName: 'web', servicePort: '80' }] },
    ]);
    expect(mapped.defaultBackend).toEqual({ serviceName: 'fallback', servicePort: '80', resource: null });
    expect(mapped.tlsHosts).toEqual(['shop.example.com', 'www.example.com']);
    expect(mapped.addresses).toEqual(['172.18.0.10', 'lb.example.com']);
    expect(mapped.json).toBe(ingress);
  });

  it('maps a resource backend and an ingress without rules or status', () => {
    const resource = { apiGroup: 'k8s.example.com', kind: 'StorageBucket', name: 'static' };
    const mapped = toIngress({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'bucket' },
      spec: { defaultBackend: { resource } },
    });
    expect(mapped).toMatchObject({
      ingressClassName: null,
      rules: [],
      tlsHosts: [],
      addresses: [],
      defaultBackend: { serviceName: null, servicePort: null, resource },
    });
    expect(toIngress({ metadata: { name: 'bare' } }).defaultBackend).toBeNull();
  });
});
