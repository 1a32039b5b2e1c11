import { renderKubeconfig } from './kubeconfig';

describe('renderKubeconfig', () => {
  it('writes one cluster, user and context, the context current', () => {
    const yaml = renderKubeconfig({
      name: 'demo-sb-1',
      server: 'https://localhost:6443/clusters/sb-1',
      caPem: 'PEM',
      token: 'ksb_abc',
      namespace: 'default',
    });
    expect(yaml).toBe(
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters:',
        '  - name: "demo-sb-1"',
        '    cluster:',
        '      server: "https://localhost:6443/clusters/sb-1"',
        '      certificate-authority-data: "UEVN"',
        'users:',
        '  - name: "demo-sb-1"',
        '    user:',
        '      token: "ksb_abc"',
        'contexts:',
        '  - name: "demo-sb-1"',
        '    context:',
        '      cluster: "demo-sb-1"',
        '      user: "demo-sb-1"',
        '      namespace: "default"',
        'current-context: "demo-sb-1"',
        'preferences: {}',
        '',
      ].join('\n'),
    );
  });
});
