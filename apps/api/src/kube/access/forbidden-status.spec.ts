import { forbiddenStatus } from './forbidden-status';
import { requestAttributes } from './request-attributes';

const forbidden = (method: string, path: string) =>
  forbiddenStatus('us-1', requestAttributes(method, path, new URLSearchParams()));

describe('forbiddenStatus', () => {
  it('words it as the API server does', () => {
    expect(forbidden('POST', '/api/v1/namespaces/default/pods')).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'pods is forbidden: User "us-1" cannot create resource "pods" in API group "" in the namespace "default"',
      reason: 'Forbidden',
      details: { kind: 'pods' },
      code: 403,
    });
    expect(forbidden('DELETE', '/apis/apps/v1/namespaces/a/deployments/web').message).toBe(
      'deployments.apps "web" is forbidden: User "us-1" cannot delete resource "deployments" in API group "apps" in the namespace "a"',
    );
    expect(forbidden('DELETE', '/api/v1/nodes').message).toBe(
      'nodes is forbidden: User "us-1" cannot deletecollection resource "nodes" in API group "" at the cluster scope',
    );
    expect(forbidden('POST', '/api/v1/namespaces/a/pods/web/eviction').message).toBe(
      'pods "web" is forbidden: User "us-1" cannot create resource "pods/eviction" in API group "" in the namespace "a"',
    );
    expect(forbidden('PUT', '/somewhere').message).toBe('forbidden: User "us-1" cannot put path "/somewhere"');
  });

  it('quotes what the client sent as Go does', () => {
    expect(forbidden('POST', '/api/v1/namespaces/a%22b/pods').message).toContain('in the namespace "a\\"b"');
  });
});
