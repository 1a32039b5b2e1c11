import { RESOURCES } from '../registry/default-registry';
import type { APIResource, APIResourceList } from './discovery-types';
import { apiGroup, apiGroupList, apiResourceList, apiVersions } from './legacy-discovery';

const listOf = (group: string, version: string): APIResourceList => {
  const list = apiResourceList(RESOURCES, group, version);
  if (!list) throw new Error(`${group}/${version} not served`);
  return list;
};

const entry = (list: APIResourceList, name: string): APIResource | undefined =>
  list.resources.find((resource) => resource.name === name);

describe('legacy discovery', () => {
  it('answers /api with APIVersions and the server address', () => {
    expect(apiVersions('172.18.0.2:6443')).toEqual({
      kind: 'APIVersions',
      versions: ['v1'],
      serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '172.18.0.2:6443' }],
    });
  });

  it('answers /apis with an APIGroupList', () => {
    const list = apiGroupList(RESOURCES);
    expect(list.kind).toBe('APIGroupList');
    expect(list.apiVersion).toBe('v1');
    expect(list.groups[0]).toEqual({
      name: 'apps',
      versions: [{ groupVersion: 'apps/v1', version: 'v1' }],
      preferredVersion: { groupVersion: 'apps/v1', version: 'v1' },
    });
    expect(list.groups.map((group) => group.preferredVersion.groupVersion)).toEqual([
      'apps/v1',
      'events.k8s.io/v1',
      'networking.k8s.io/v1',
      'storage.k8s.io/v1',
      'coordination.k8s.io/v1',
      'discovery.k8s.io/v1',
      'metrics.k8s.io/v1beta1',
    ]);
  });

  it('answers /apis/{group} for served groups only', () => {
    expect(apiGroup(RESOURCES, 'metrics.k8s.io')).toEqual({
      kind: 'APIGroup',
      apiVersion: 'v1',
      name: 'metrics.k8s.io',
      versions: [{ groupVersion: 'metrics.k8s.io/v1beta1', version: 'v1beta1' }],
      preferredVersion: { groupVersion: 'metrics.k8s.io/v1beta1', version: 'v1beta1' },
    });
    expect(apiGroup(RESOURCES, 'batch')).toBeUndefined();
    expect(apiGroup(RESOURCES, '')).toBeUndefined();
  });

  it('answers /api/v1 without apiVersion, subresources as pods/status', () => {
    const list = listOf('', 'v1');
    expect(list).not.toHaveProperty('apiVersion');
    expect(list.groupVersion).toBe('v1');
    expect(list.resources.filter((r) => r.name.startsWith('pods')).map((r) => r.name)).toEqual([
      'pods',
      'pods/binding',
      'pods/eviction',
      'pods/exec',
      'pods/log',
      'pods/status',
    ]);
    expect(entry(list, 'pods')).toEqual({
      name: 'pods',
      singularName: 'pod',
      namespaced: true,
      kind: 'Pod',
      verbs: ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'],
      shortNames: ['po'],
      categories: ['all'],
      storageVersionHash: 'xPOwRZ+Yhw8=',
    });
    expect(entry(list, 'pods/eviction')).toEqual({
      name: 'pods/eviction',
      singularName: '',
      namespaced: true,
      group: 'policy',
      version: 'v1',
      kind: 'Eviction',
      verbs: ['create'],
    });
    expect(entry(list, 'pods/status')).toEqual({
      name: 'pods/status',
      singularName: '',
      namespaced: true,
      kind: 'Pod',
      verbs: ['get', 'patch', 'update'],
    });
  });

  it('answers /apis/apps/v1 with apiVersion and the scale subresources', () => {
    const list = listOf('apps', 'v1');
    expect(list.apiVersion).toBe('v1');
    expect(list.groupVersion).toBe('apps/v1');
    expect(list.resources.map((r) => r.name)).toEqual([
      'controllerrevisions',
      'daemonsets',
      'daemonsets/status',
      'deployments',
      'deployments/scale',
      'deployments/status',
      'replicasets',
      'replicasets/scale',
      'replicasets/status',
      'statefulsets',
      'statefulsets/scale',
      'statefulsets/status',
    ]);
    expect(entry(list, 'deployments/scale')).toEqual({
      name: 'deployments/scale',
      singularName: '',
      namespaced: true,
      group: 'autoscaling',
      version: 'v1',
      kind: 'Scale',
      verbs: ['get', 'patch', 'update'],
    });
  });

  it('reports upstream storage version hashes', () => {
    const hashes = Object.fromEntries(
      [...listOf('', 'v1').resources, ...listOf('apps', 'v1').resources, ...listOf('events.k8s.io', 'v1').resources]
        .filter((r) => r.storageVersionHash)
        .map((r) => [`${r.name}.${r.kind}`, r.storageVersionHash]),
    );
    // As a v1.28+ kube-apiserver reports them; events.k8s.io Events are stored as core Events.
    expect(hashes).toMatchObject({
      'configmaps.ConfigMap': 'qFsyl6wFWjQ=',
      'endpoints.Endpoints': 'fWeeMqaN/OA=',
      'limitranges.LimitRange': 'EBKMFVe6cwo=',
      'namespaces.Namespace': 'Q3oi5N2YM8M=',
      'nodes.Node': 'XwShjMxG9Fs=',
      'persistentvolumeclaims.PersistentVolumeClaim': 'QWTyNDq0dC4=',
      'persistentvolumes.PersistentVolume': 'HN/zwEC+JgM=',
      'pods.Pod': 'xPOwRZ+Yhw8=',
      'resourcequotas.ResourceQuota': '8uhSgffRX6w=',
      'secrets.Secret': 'S6u1pOWzb84=',
      'serviceaccounts.ServiceAccount': 'pbx9ZvyFpBE=',
      'services.Service': '0/CO1lhkEBI=',
      'controllerrevisions.ControllerRevision': '85nkx63pcBU=',
      'daemonsets.DaemonSet': 'dd7pWHUlMKQ=',
      'deployments.Deployment': '8aSe+NMegvE=',
      'replicasets.ReplicaSet': 'P1RzHs8/mWQ=',
      'statefulsets.StatefulSet': 'H+vl74LkKdo=',
      'events.Event': 'r2yiGXH7wu8=',
    });
  });

  it('reports metrics without singular names or storage hashes', () => {
    expect(listOf('metrics.k8s.io', 'v1beta1').resources).toEqual([
      { name: 'nodes', singularName: '', namespaced: false, kind: 'NodeMetrics', verbs: ['get', 'list'] },
      { name: 'pods', singularName: '', namespaced: true, kind: 'PodMetrics', verbs: ['get', 'list'] },
    ]);
  });

  it('answers nothing for group versions not served', () => {
    expect(apiResourceList(RESOURCES, 'batch', 'v1')).toBeUndefined();
    expect(apiResourceList(RESOURCES, 'apps', 'v1beta1')).toBeUndefined();
  });
});
