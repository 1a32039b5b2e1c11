import { DomainError } from '@ksb/errors';
import { kubeServerUrl } from './kube-server-url';

describe('kubeServerUrl', () => {
  const config = (hosts: string[], port = 6443) => ({ KUBE_HOSTNAMES: hosts, KUBE_PORT: port });

  it('uses the first non-wildcard configured host, else localhost', () => {
    expect(kubeServerUrl(config([]), 'sb-1')).toBe('https://localhost:6443/clusters/sb-1');
    expect(kubeServerUrl(config(['*.k.example.com', 'k.example.com'], 443), 'sb-1')).toBe(
      'https://k.example.com:443/clusters/sb-1',
    );
    expect(kubeServerUrl(config(['fd00::5']), 'sb-1')).toBe('https://[fd00::5]:6443/clusters/sb-1');
  });

  it('takes an https override with an optional path', () => {
    expect(kubeServerUrl(config([]), 'sb-1', 'https://p.example.com:8443/k8s/')).toBe(
      'https://p.example.com:8443/k8s/clusters/sb-1',
    );
    expect(kubeServerUrl(config([]), 'sb-1', 'https://p.example.com')).toBe('https://p.example.com/clusters/sb-1');
    for (const bad of [
      'http://p.example.com',
      'p.example.com',
      'https://a:b@p.example.com',
      'https://p.example.com#x',
    ]) {
      expect(() => kubeServerUrl(config([]), 'sb-1', bad)).toThrow(DomainError);
    }
  });
});
