import { RESOURCES } from '../registry/default-registry';
import { aggregatedDiscovery } from './aggregated-discovery';
import type { APIResourceDiscovery } from './discovery-types';

const core = aggregatedDiscovery(RESOURCES, 'api');
const groups = aggregatedDiscovery(RESOURCES, 'apis');

const allResources = (): { group: string; resource: APIResourceDiscovery }[] =>
  [...core.items, ...groups.items].flatMap((item) =>
    item.versions.flatMap((version) =>
      version.resources.map((resource) => ({ group: item.metadata.name ?? '', resource })),
    ),
  );

const find = (group: string, plural: string): APIResourceDiscovery => {
  const found = allResources().find((entry) => entry.group === group && entry.resource.resource === plural);
  if (!found) throw new Error(`${plural}.${group} not in discovery`);
  return found.resource;
};

describe('aggregatedDiscovery', () => {
  it('answers /api with the core group alone', () => {
    expect(core.kind).toBe('APIGroupDiscoveryList');
    expect(core.apiVersion).toBe('apidiscovery.k8s.io/v2');
    expect(core.metadata).toEqual({});
    expect(core.items).toHaveLength(1);
    expect(core.items[0].metadata).toEqual({ creationTimestamp: null });
    expect(core.items[0].versions.map(({ version, freshness }) => ({ version, freshness }))).toEqual([
      { version: 'v1', freshness: 'Current' },
    ]);
    expect(core.items[0].versions[0].resources.map((r) => r.resource)).toEqual([
      'configmaps',
      'endpoints',
      'events',
      'limitranges',
      'namespaces',
      'nodes',
      'persistentvolumeclaims',
      'persistentvolumes',
      'pods',
      'resourcequotas',
      'secrets',
      'serviceaccounts',
      'services',
    ]);
  });

  it('answers /apis with the other groups in kube-apiserver order', () => {
    expect(groups.items.map((item) => [item.metadata.name, item.versions.map((v) => v.version)])).toEqual([
      ['apps', ['v1']],
      ['events.k8s.io', ['v1']],
      ['networking.k8s.io', ['v1']],
      ['storage.k8s.io', ['v1']],
      ['coordination.k8s.io', ['v1']],
      ['discovery.k8s.io', ['v1']],
      ['metrics.k8s.io', ['v1beta1']],
    ]);
  });

  it('describes pods as kube-apiserver does', () => {
    expect(find('', 'pods')).toEqual({
      resource: 'pods',
      responseKind: { group: '', version: '', kind: 'Pod' },
      scope: 'Namespaced',
      singularResource: 'pod',
      verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      shortNames: ['po'],
      categories: ['all'],
      subresources: [
        { subresource: 'binding', responseKind: { group: '', version: '', kind: 'Binding' }, verbs: ['create'] },
        {
          subresource: 'eviction',
          responseKind: { group: 'policy', version: 'v1', kind: 'Eviction' },
          verbs: ['create'],
        },
        {
          subresource: 'exec',
          responseKind: { group: '', version: '', kind: 'PodExecOptions' },
          verbs: ['create', 'get'],
        },
        { subresource: 'log', responseKind: { group: '', version: '', kind: 'Pod' }, verbs: ['get'] },
        {
          subresource: 'status',
          responseKind: { group: '', version: '', kind: 'Pod' },
          verbs: ['get', 'patch', 'update'],
        },
      ],
    });
  });

  it.each(['deployments', 'replicasets', 'statefulsets'])('gives %s the autoscaling/v1 Scale subresource', (plural) => {
    expect(find('apps', plural).subresources).toContainEqual({
      subresource: 'scale',
      responseKind: { group: 'autoscaling', version: 'v1', kind: 'Scale' },
      verbs: ['get', 'patch', 'update'],
    });
  });

  it('puts exactly the kinds of `kubectl get all` in category all', () => {
    const inAll = allResources()
      .filter(({ resource }) => resource.categories?.includes('all'))
      .map(({ group, resource }) => (group ? `${resource.resource}.${group}` : resource.resource));
    expect(inAll.sort()).toEqual([
      'daemonsets.apps',
      'deployments.apps',
      'pods',
      'replicasets.apps',
      'services',
      'statefulsets.apps',
    ]);
  });

  it('reports upstream short names, and none where upstream has none', () => {
    const shortNames = Object.fromEntries(
      allResources().map(({ group, resource }) => [
        group ? `${resource.resource}.${group}` : resource.resource,
        resource.shortNames ?? [],
      ]),
    );
    expect(shortNames).toEqual({
      configmaps: ['cm'],
      endpoints: ['ep'],
      events: ['ev'],
      limitranges: ['limits'],
      namespaces: ['ns'],
      nodes: ['no'],
      persistentvolumeclaims: ['pvc'],
      persistentvolumes: ['pv'],
      pods: ['po'],
      resourcequotas: ['quota'],
      secrets: [],
      serviceaccounts: ['sa'],
      services: ['svc'],
      'controllerrevisions.apps': [],
      'daemonsets.apps': ['ds'],
      'deployments.apps': ['deploy'],
      'replicasets.apps': ['rs'],
      'statefulsets.apps': ['sts'],
      'events.events.k8s.io': ['ev'],
      'ingressclasses.networking.k8s.io': [],
      'ingresses.networking.k8s.io': ['ing'],
      'storageclasses.storage.k8s.io': ['sc'],
      'leases.coordination.k8s.io': [],
      'endpointslices.discovery.k8s.io': [],
      'nodes.metrics.k8s.io': [],
      'pods.metrics.k8s.io': [],
    });
  });

  it('scopes cluster-wide kinds as Cluster', () => {
    const cluster = allResources()
      .filter(({ resource }) => resource.scope === 'Cluster')
      .map(({ group, resource }) => `${resource.resource}.${group}`);
    expect(cluster.sort()).toEqual([
      'ingressclasses.networking.k8s.io',
      'namespaces.',
      'nodes.',
      'nodes.metrics.k8s.io',
      'persistentvolumes.',
      'storageclasses.storage.k8s.io',
    ]);
  });

  it('offers namespaces without deletecollection and metrics read-only', () => {
    expect(find('', 'namespaces').verbs).toEqual(['create', 'delete', 'get', 'list', 'patch', 'update', 'watch']);
    expect(find('metrics.k8s.io', 'pods')).toEqual({
      resource: 'pods',
      responseKind: { group: '', version: '', kind: 'PodMetrics' },
      scope: 'Namespaced',
      singularResource: '',
      verbs: ['get', 'list'],
    });
  });

  it('gives every kind a response kind, verbs and a status subresource where it has status', () => {
    for (const { resource } of allResources()) {
      expect(resource.responseKind.kind).not.toBe('');
      expect(resource.verbs.length).toBeGreaterThan(0);
    }
    const withStatus = allResources()
      .filter(({ resource }) => resource.subresources?.some((s) => s.subresource === 'status'))
      .map(({ resource }) => resource.resource);
    expect(withStatus.sort()).toEqual([
      'daemonsets',
      'deployments',
      'ingresses',
      'namespaces',
      'nodes',
      'persistentvolumeclaims',
      'persistentvolumes',
      'pods',
      'replicasets',
      'resourcequotas',
      'services',
      'statefulsets',
    ]);
  });
});
