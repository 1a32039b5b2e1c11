import type { ResourceObject } from '../../../objects/resource-object';
import { defaultService } from './service.defaults';

const service = (spec: Record<string, unknown>): ResourceObject => ({ metadata: { name: 'web' }, spec });

describe('defaultService', () => {
  it('defaults a ClusterIP service as `kubectl expose` gets it', () => {
    expect(defaultService(service({ selector: { app: 'web' }, ports: [{ port: 80 }] })).spec).toEqual({
      selector: { app: 'web' },
      ports: [{ port: 80, protocol: 'TCP', targetPort: 80 }],
      type: 'ClusterIP',
      sessionAffinity: 'None',
      internalTrafficPolicy: 'Cluster',
      ipFamilies: ['IPv4'],
      ipFamilyPolicy: 'SingleStack',
    });
  });

  it('keeps named target ports and adds externalTrafficPolicy to NodePort services', () => {
    const spec = defaultService(
      service({ type: 'NodePort', ports: [{ port: 80, targetPort: 'http', protocol: 'UDP' }] }),
    ).spec;
    expect(spec).toMatchObject({
      ports: [{ port: 80, targetPort: 'http', protocol: 'UDP' }],
      externalTrafficPolicy: 'Cluster',
      internalTrafficPolicy: 'Cluster',
    });
  });

  it('defaults load balancers and client IP affinity', () => {
    const spec = defaultService(service({ type: 'LoadBalancer', sessionAffinity: 'ClientIP', ports: [] })).spec;
    expect(spec).toMatchObject({
      allocateLoadBalancerNodePorts: true,
      externalTrafficPolicy: 'Cluster',
      sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } },
    });
  });

  it('gives ExternalName services no traffic policies or IP families', () => {
    expect(defaultService(service({ type: 'ExternalName', externalName: 'example.com' })).spec).toEqual({
      type: 'ExternalName',
      externalName: 'example.com',
      sessionAffinity: 'None',
    });
  });

  it('makes selectorless headless services dual-stack-required', () => {
    expect(defaultService(service({ clusterIP: 'None' })).spec).toMatchObject({
      ipFamilyPolicy: 'RequireDualStack',
      ipFamilies: ['IPv4'],
    });
    expect(defaultService(service({ clusterIP: 'None', selector: { app: 'db' } })).spec).toMatchObject({
      ipFamilyPolicy: 'SingleStack',
    });
  });

  it('drops an affinity config when affinity is None', () => {
    const spec = defaultService(service({ sessionAffinityConfig: { clientIP: { timeoutSeconds: 5 } } })).spec;
    expect(spec).not.toHaveProperty('sessionAffinityConfig');
  });
});
