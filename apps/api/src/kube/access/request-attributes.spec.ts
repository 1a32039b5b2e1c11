import { requestAttributes } from './request-attributes';

const attrs = (method: string, path: string, query = '') => requestAttributes(method, path, new URLSearchParams(query));

describe('requestAttributes (the API server RequestInfo)', () => {
  it.each([
    ['GET', '/api/v1/namespaces/default/pods', '', { verb: 'list', resource: 'pods', namespace: 'default', name: '' }],
    ['GET', '/api/v1/namespaces/default/pods', 'watch=true', { verb: 'watch', resource: 'pods' }],
    ['GET', '/api/v1/namespaces/default/pods', 'watch=1', { verb: 'watch' }],
    ['GET', '/api/v1/namespaces/default/pods', 'watch=false', { verb: 'list' }],
    ['HEAD', '/api/v1/namespaces/default/pods/web', '', { verb: 'get', name: 'web' }],
    ['POST', '/api/v1/namespaces/default/pods', '', { verb: 'create', resource: 'pods', namespace: 'default' }],
    ['PUT', '/api/v1/namespaces/default/pods/web/status', '', { verb: 'update', subresource: 'status', name: 'web' }],
    ['DELETE', '/api/v1/namespaces/default/pods', '', { verb: 'deletecollection', resource: 'pods' }],
    ['DELETE', '/api/v1/namespaces/default/pods/web', '', { verb: 'delete', name: 'web' }],
    [
      'PATCH',
      '/apis/apps/v1/namespaces/x/deployments/web/scale',
      '',
      { verb: 'patch', apiGroup: 'apps', apiVersion: 'v1', resource: 'deployments', subresource: 'scale', name: 'web' },
    ],
    ['GET', '/api/v1/namespaces', '', { verb: 'list', resource: 'namespaces', namespace: '' }],
    [
      'GET',
      '/api/v1/namespaces/kube-system',
      '',
      { verb: 'get', resource: 'namespaces', name: 'kube-system', namespace: 'kube-system' },
    ],
    [
      'PUT',
      '/api/v1/namespaces/x/finalize',
      '',
      { verb: 'update', resource: 'namespaces', name: 'x', subresource: 'finalize' },
    ],
    ['GET', '/api/v1/nodes/node-1', '', { verb: 'get', resource: 'nodes', namespace: '', name: 'node-1' }],
    ['GET', '/api/v1/watch/namespaces/default/pods', '', { verb: 'watch', resource: 'pods', namespace: 'default' }],
    ['GET', '/api/v1/namespaces/default/pods/my%20pod', '', { name: 'my pod' }],
  ])('%s %s?%s', (method, path, query, expected) => {
    expect(attrs(method, path, query)).toMatchObject({ isResourceRequest: true, path, ...expected });
  });

  it.each([
    ['GET', '/version', 'get'],
    ['GET', '/api', 'get'],
    ['GET', '/api/v1', 'get'],
    ['GET', '/apis/apps', 'get'],
    ['GET', '/apis/apps/v1', 'get'],
    ['POST', '/openapi/v3', 'post'],
    ['GET', '/api/v1/watch', 'get'],
  ])('%s %s is not a resource request', (method, path, verb) => {
    expect(attrs(method, path)).toMatchObject({ isResourceRequest: false, verb, resource: '', path });
  });
});
