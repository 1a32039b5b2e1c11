import type { Pod } from 'kubernetes-types/core/v1';
import { findPort, isHeadless, podAddress, shouldPodBeInEndpoints, terminatingNamespaces } from './service-pods';

const pod = (spec: Partial<NonNullable<Pod['spec']>>, status: Pod['status'] = {}): Pod => ({
  metadata: { name: 'p' },
  spec: { containers: [], ...spec },
  status,
});

describe('findPort', () => {
  const web = pod({
    containers: [
      {
        name: 'c',
        ports: [
          { name: 'web', containerPort: 8080, protocol: 'TCP' },
          { name: 'dns', containerPort: 53, protocol: 'UDP' },
        ],
      },
    ],
    initContainers: [
      { name: 'sidecar', restartPolicy: 'Always', ports: [{ name: 'proxy', containerPort: 15001 }] },
      { name: 'init', ports: [{ name: 'setup', containerPort: 9999 }] },
    ],
  });

  it('resolves numbers as they are and names by name and protocol', () => {
    expect(findPort(web, { port: 80, targetPort: 9090 })).toBe(9090);
    expect(findPort(web, { port: 80 })).toBe(80);
    expect(findPort(web, { port: 80, targetPort: 'web', protocol: 'TCP' })).toBe(8080);
    expect(findPort(web, { port: 53, targetPort: 'dns', protocol: 'TCP' })).toBeUndefined();
    expect(findPort(web, { port: 53, targetPort: 'dns', protocol: 'UDP' })).toBe(53);
  });

  it('looks into sidecar init containers only', () => {
    expect(findPort(web, { port: 1, targetPort: 'proxy' })).toBe(15001);
    expect(findPort(web, { port: 1, targetPort: 'setup' })).toBeUndefined();
  });
});

describe('pod and service helpers', () => {
  it('keeps pods with an IP that are neither finished nor (unless wanted) terminating', () => {
    const running = pod({}, { phase: 'Running', podIP: '10.244.1.2' });
    expect(shouldPodBeInEndpoints(running, false)).toBe(true);
    expect(shouldPodBeInEndpoints(pod({}, { phase: 'Pending' }), true)).toBe(false);
    expect(shouldPodBeInEndpoints(pod({}, { phase: 'Failed', podIP: '10.244.1.2' }), true)).toBe(false);
    const terminating = { ...running, metadata: { name: 'p', deletionTimestamp: '2026-01-01T00:00:00Z' } };
    expect(shouldPodBeInEndpoints(terminating, false)).toBe(false);
    expect(shouldPodBeInEndpoints(terminating, true)).toBe(true);
  });

  it("picks the pod address of the service's IP family", () => {
    const dual = pod({}, { podIP: '10.244.1.2', podIPs: [{ ip: '10.244.1.2' }, { ip: 'fd00::2' }] });
    expect(podAddress({ spec: { ipFamilies: ['IPv4'] } }, dual)).toBe('10.244.1.2');
    expect(podAddress({ spec: { ipFamilies: ['IPv6'] } }, dual)).toBe('fd00::2');
    expect(podAddress({ spec: {} }, pod({}, { podIP: '10.244.1.3' }))).toBe('10.244.1.3');
  });

  it('tells headless services and terminating namespaces', () => {
    expect(isHeadless({ spec: { clusterIP: 'None' } })).toBe(true);
    expect(isHeadless({ spec: { clusterIP: '10.96.0.10' } })).toBe(false);
    const namespaces = [
      { metadata: { name: 'a' }, status: { phase: 'Active' } },
      { metadata: { name: 'b', deletionTimestamp: '2026-01-01T00:00:00Z' }, status: { phase: 'Terminating' } },
    ];
    expect([...terminatingNamespaces(namespaces)]).toEqual(['b']);
  });
});
