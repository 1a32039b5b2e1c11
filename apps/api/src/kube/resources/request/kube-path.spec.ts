import { parseKubePath } from './kube-path';

describe('parseKubePath', () => {
  it.each([
    ['/', { type: 'root' }],
    ['/version', { type: 'version' }],
    ['/api', { type: 'api' }],
    ['/apis', { type: 'apis' }],
    ['/apis/apps', { type: 'group', group: 'apps' }],
    ['/api/v1', { type: 'group-version', group: '', version: 'v1' }],
    ['/apis/apps/v1/', { type: 'group-version', group: 'apps', version: 'v1' }],
    ['/openapi/v3', { type: 'openapi-v3' }],
    ['/openapi/v3/api/v1', { type: 'openapi-v3-document', group: '', version: 'v1' }],
    ['/openapi/v3/apis/apps/v1', { type: 'openapi-v3-document', group: 'apps', version: 'v1' }],
  ])('%s', (path, expected) => {
    expect(parseKubePath(path)).toEqual(expected);
  });

  it('parses cluster-scoped and all-namespace resource paths', () => {
    expect(parseKubePath('/api/v1/nodes')).toEqual({ type: 'resource', group: '', version: 'v1', plural: 'nodes' });
    expect(parseKubePath('/api/v1/nodes/node-1/status')).toMatchObject({
      plural: 'nodes',
      name: 'node-1',
      subresource: 'status',
    });
    expect(parseKubePath('/api/v1/pods?watch=1')).toEqual({
      type: 'resource',
      group: '',
      version: 'v1',
      plural: 'pods',
    });
  });

  it('parses namespaced resource paths', () => {
    expect(parseKubePath('/apis/apps/v1/namespaces/default/deployments/web/scale')).toEqual({
      type: 'resource',
      group: 'apps',
      version: 'v1',
      namespace: 'default',
      plural: 'deployments',
      name: 'web',
      subresource: 'scale',
    });
    expect(parseKubePath('/api/v1/namespaces/default/pods')).toMatchObject({
      namespace: 'default',
      plural: 'pods',
      name: undefined,
    });
  });

  it('tells the Namespace object and its subresources from namespaced lists', () => {
    expect(parseKubePath('/api/v1/namespaces')).toEqual({
      type: 'resource',
      group: '',
      version: 'v1',
      plural: 'namespaces',
    });
    expect(parseKubePath('/api/v1/namespaces/team-a')).toEqual({
      type: 'resource',
      group: '',
      version: 'v1',
      plural: 'namespaces',
      name: 'team-a',
    });
    expect(parseKubePath('/api/v1/namespaces/team-a/finalize')).toMatchObject({
      plural: 'namespaces',
      name: 'team-a',
      subresource: 'finalize',
    });
    expect(parseKubePath('/api/v1/namespaces/team-a/status')).toMatchObject({
      plural: 'namespaces',
      name: 'team-a',
      subresource: 'status',
    });
  });

  it('rejects paths with extra segments', () => {
    expect(parseKubePath('/api/v1/namespaces/a/pods/b/log/extra')).toEqual({ type: 'unknown' });
    expect(parseKubePath('/healthz')).toEqual({ type: 'unknown' });
  });
});
