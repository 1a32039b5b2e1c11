import { GC_RESOURCES, GC_TRIGGERS, resolveKind } from './gc-resources';

describe('garbage collector resources', () => {
  it('covers stored deletable kinds but Events, and is not woken by Lease renewals', () => {
    expect(GC_RESOURCES).toEqual(
      expect.arrayContaining([
        'pods',
        'replicasets.apps',
        'controllerrevisions.apps',
        'endpointslices.discovery.k8s.io',
      ]),
    );
    expect(GC_RESOURCES.some((r) => r.startsWith('events'))).toBe(false);
    expect(GC_RESOURCES).not.toContain('pods.metrics.k8s.io');
    expect(GC_RESOURCES).toContain('leases.coordination.k8s.io');
    expect(GC_TRIGGERS).not.toContain('leases.coordination.k8s.io');
  });

  it('resolves owner references by group and kind, any version', () => {
    expect(resolveKind('apps/v1', 'ReplicaSet')).toEqual({ resource: 'replicasets.apps', namespaced: true });
    expect(resolveKind('apps/v1beta2', 'ReplicaSet')).toEqual({ resource: 'replicasets.apps', namespaced: true });
    expect(resolveKind('v1', 'Node')).toEqual({ resource: 'nodes', namespaced: false });
    expect(resolveKind('v1', 'Event')).toBeUndefined();
    expect(resolveKind('example.com/v1', 'Widget')).toBeUndefined();
  });
});
