import { RESOURCES } from './default-registry';
import { RESOURCE_DEFINITIONS } from './definitions';
import { parseResourceArgument } from './resource-argument';

const storeNameOf = (argument: string): string | undefined => RESOURCES.resolve(argument)?.storeName;

describe('ResourceRegistry', () => {
  it('holds each kind once', () => {
    const keys = RESOURCE_DEFINITIONS.map((d) => `${d.apiVersion}/${d.plural}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(RESOURCE_DEFINITIONS).toHaveLength(26);
  });

  it('finds a definition by group, version and plural', () => {
    expect(RESOURCES.get('apps', 'v1', 'deployments')?.kind).toBe('Deployment');
    expect(RESOURCES.get('', 'v1', 'pods')?.storeName).toBe('pods');
    expect(RESOURCES.get('metrics.k8s.io', 'v1beta1', 'pods')?.kind).toBe('PodMetrics');
    expect(RESOURCES.get('apps', 'v1beta1', 'deployments')).toBeUndefined();
    expect(RESOURCES.get('', 'v1', 'deployments')).toBeUndefined();
  });

  it('derives store names: plural for core, plural.group otherwise', () => {
    expect(RESOURCES.byKind('Deployment')?.storeName).toBe('deployments.apps');
    expect(RESOURCES.byKind('Ingress')?.storeName).toBe('ingresses.networking.k8s.io');
    expect(RESOURCES.byKind('ConfigMap')?.storeName).toBe('configmaps');
    expect(RESOURCES.byStoreName('leases.coordination.k8s.io')?.kind).toBe('Lease');
    expect(RESOURCES.byStoreName('leases')).toBeUndefined();
  });

  it('finds kinds by apiVersion and kind, and the core kind first by kind alone', () => {
    expect(RESOURCES.byApiVersionKind('events.k8s.io/v1', 'Event')?.storeName).toBe('events.events.k8s.io');
    expect(RESOURCES.byApiVersionKind('v1', 'Event')?.storeName).toBe('events');
    expect(RESOURCES.byApiVersionKind('apps/v1beta1', 'Deployment')).toBeUndefined();
    expect(RESOURCES.byGroupVersionKind('storage.k8s.io', 'v1', 'StorageClass')?.plural).toBe('storageclasses');
    expect(RESOURCES.byKind('Event')?.group).toBe('');
    expect(RESOURCES.byKind('Job')).toBeUndefined();
  });

  it.each([
    ['pods', 'pods'],
    ['pod', 'pods'],
    ['po', 'pods'],
    ['Pod', 'pods'],
    ['PODS', 'pods'],
    ['deploy', 'deployments.apps'],
    ['deployment', 'deployments.apps'],
    ['deployments.apps', 'deployments.apps'],
    ['deploy.apps', 'deployments.apps'],
    ['deployments.v1.apps', 'deployments.apps'],
    ['svc', 'services'],
    ['ns', 'namespaces'],
    ['no', 'nodes'],
    ['nodes', 'nodes'],
    ['sts', 'statefulsets.apps'],
    ['rs', 'replicasets.apps'],
    ['ds', 'daemonsets.apps'],
    ['cm', 'configmaps'],
    ['pv', 'persistentvolumes'],
    ['pvc', 'persistentvolumeclaims'],
    ['ing', 'ingresses.networking.k8s.io'],
    ['ingress', 'ingresses.networking.k8s.io'],
    ['ingressclass', 'ingressclasses.networking.k8s.io'],
    ['ep', 'endpoints'],
    ['endpointslices', 'endpointslices.discovery.k8s.io'],
    ['ev', 'events'],
    ['events', 'events'],
    ['events.events.k8s.io', 'events.events.k8s.io'],
    ['ev.events.k8s.io', 'events.events.k8s.io'],
    ['sa', 'serviceaccounts'],
    ['sc', 'storageclasses.storage.k8s.io'],
    ['limits', 'limitranges'],
    ['quota', 'resourcequotas'],
    ['lease', 'leases.coordination.k8s.io'],
    ['controllerrevision', 'controllerrevisions.apps'],
    ['podmetrics', 'pods.metrics.k8s.io'],
    ['nodes.metrics.k8s.io', 'nodes.metrics.k8s.io'],
    ['pods.metrics.k8s.io', 'pods.metrics.k8s.io'],
  ])('resolves %s to %s', (argument, storeName) => {
    expect(storeNameOf(argument)).toBe(storeName);
  });

  it.each(['jobs', 'deploy.batch', 'pods.v2.apps', 'x'])('resolves nothing for %s', (argument) => {
    expect(RESOURCES.resolve(argument)).toBeUndefined();
  });

  it('lists group versions with core first', () => {
    expect(RESOURCES.groupVersions()[0]).toEqual({ group: '', versions: ['v1'] });
    expect(RESOURCES.groupVersions().map((g) => g.group)).toEqual([
      '',
      'apps',
      'events.k8s.io',
      'networking.k8s.io',
      'storage.k8s.io',
      'coordination.k8s.io',
      'discovery.k8s.io',
      'metrics.k8s.io',
    ]);
  });
});

describe('parseResourceArgument', () => {
  it('keeps both readings of a dotted argument', () => {
    expect(parseResourceArgument('Deployments.v1.apps')).toEqual({
      resource: 'deployments',
      qualifiers: [{ group: 'v1.apps' }, { version: 'v1', group: 'apps' }],
    });
    expect(parseResourceArgument('pods')).toEqual({ resource: 'pods', qualifiers: [] });
  });
});
