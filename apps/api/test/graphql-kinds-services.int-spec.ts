import type { ListOptions } from '@ksb/store';
import { eventually } from '@ksb/testing';
import type { ApiContext } from './api-context';
import { codesOf, subscribe, wsClient } from './graphql-client';
import {
  Connection,
  endpointSlice,
  NS,
  SandboxResult,
  service,
  SERVICE_EVENTS,
  ServiceEventResult,
  ServiceResult,
  SERVICES,
  SHOP,
  template,
  type KindsContext,
  useKindsContext,
} from './graphql-kinds-context';

describe('GraphQL typed kinds: services, workloads, isolation', () => {
  const kinds = useKindsContext('kinds-services');
  let api: ApiContext;
  let tenant: KindsContext['tenant'];
  let sandboxId: string;
  let objects: KindsContext['objects'];
  let store: KindsContext['store'];
  beforeAll(() => {
    ({ api, tenant, sandboxId, objects, store } = kinds);
  });
  const scope = (storeName: string, namespace?: string) => kinds.scope(storeName, namespace);
  const query = <T>(text: string, variables: Record<string, unknown> = {}, token?: string) =>
    kinds.query<T>(text, variables, token);

  describe('services', () => {
    beforeAll(async () => {
      for (const name of ['alpha', 'beta', 'gamma', 'delta']) {
        await objects.create(scope('services'), service(name));
      }
      await objects.create(scope('services', SHOP), service('cart'));
      await objects.create(
        scope('endpointslices.discovery.k8s.io'),
        endpointSlice('alpha', 'a', ['10.244.1.2', '10.244.2.3']),
      );
      await objects.create(
        scope('endpointslices.discovery.k8s.io'),
        endpointSlice('alpha', 'b', ['10.244.3.4'], false),
      );
      await objects.create(scope('endpointslices.discovery.k8s.io'), endpointSlice('beta', 'a', ['10.244.1.9']));
      await objects.create(scope('endpointslices.discovery.k8s.io', SHOP), endpointSlice('cart', 'a', ['10.244.4.1']));
    });

    it('lists services with ports, selector and endpoints from their EndpointSlices', async () => {
      const res = await query<SandboxResult<'services', ServiceResult>>(SERVICES, { ns: NS });
      expect(res.errors).toBeUndefined();
      const byName = new Map(res.data?.sandbox.services.nodes.map((node) => [node.metadata.name, node]));
      expect([...byName.keys()]).toEqual(expect.arrayContaining(['alpha', 'beta', 'gamma', 'delta']));
      const alpha = byName.get('alpha');
      expect(alpha).toMatchObject({
        type: 'ClusterIP',
        ports: [{ name: 'http', port: 80, targetPort: '8080', protocol: 'TCP' }],
        selector: { app: 'alpha' },
        sessionAffinity: 'None',
      });
      expect(alpha?.clusterIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(alpha?.endpoints).toEqual([
        { ip: '10.244.1.2', ready: true, podName: 'alpha-pod-0', nodeName: 'node-1', ports: [{ port: 8080 }] },
        { ip: '10.244.2.3', ready: true, podName: 'alpha-pod-1', nodeName: 'node-2', ports: [{ port: 8080 }] },
        { ip: '10.244.3.4', ready: false, podName: 'alpha-pod-0', nodeName: 'node-1', ports: [{ port: 8080 }] },
      ]);
      expect(byName.get('beta')?.endpoints.map((endpoint) => endpoint.ip)).toEqual(['10.244.1.9']);
      expect(byName.get('gamma')?.endpoints).toEqual([]);
    });

    it("resolves every service's endpoints with one list per namespace", async () => {
      const lists: ListOptions[] = [];
      const list = store.list.bind(store);
      jest.spyOn(store, 'list').mockImplementation((options) => {
        lists.push(options);
        return list(options);
      });
      const res = await query<SandboxResult<'services', ServiceResult>>(SERVICES);
      expect(res.errors).toBeUndefined();
      const nodes = res.data?.sandbox.services.nodes ?? [];
      expect(nodes.length).toBeGreaterThanOrEqual(5);
      expect(nodes.find((node) => node.metadata.name === 'cart')?.endpoints.map((e) => e.ip)).toEqual(['10.244.4.1']);
      const sliceLists = lists.filter((options) => options.resource === 'endpointslices.discovery.k8s.io');
      // The bootstrap's own services (kube-dns in kube-system) are namespaces too: one list each, not one per service.
      const namespaces = [...new Set(nodes.map((node) => node.metadata.namespace))].sort();
      expect(namespaces).toEqual(expect.arrayContaining([NS, SHOP]));
      expect(nodes.filter((node) => node.metadata.namespace === NS).length).toBeGreaterThanOrEqual(4);
      expect(sliceLists.map((options) => options.namespace).sort()).toEqual(namespaces);
      expect(lists.filter((options) => options.resource === 'services')).toHaveLength(1);
    });

    it('streams serviceEvents ADDED, MODIFIED and DELETED from a revision', async () => {
      const before = await query<SandboxResult<'services', ServiceResult>>(SERVICES);
      const from = before.data?.sandbox.services.resourceVersion;
      const client = wsClient(api.app, tenant.adminToken);
      const sub = subscribe<ServiceEventResult>(client, SERVICE_EVENTS, { id: sandboxId, from });
      await objects.create(scope('services'), service('live'));
      await objects.create(scope('configmaps'), {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'not-a-service' },
      });
      const created = await objects.get(scope('services'), 'live');
      await objects.replace(scope('services'), 'live', {
        ...created,
        metadata: { ...created.metadata, labels: { tier: 'front', v: '2' } },
      });
      await objects.delete(scope('services'), 'live');
      await eventually(() => expect(sub.results.length).toBe(3));
      expect(sub.results.every((result) => result.errors === undefined)).toBe(true);
      const events = sub.results.map((result) => result.data?.serviceEvents);
      expect(events.map((event) => [event?.type, event?.object.metadata.name])).toEqual([
        ['ADDED', 'live'],
        ['MODIFIED', 'live'],
        ['DELETED', 'live'],
      ]);
      expect(events[1]?.object.metadata.labels).toEqual({ tier: 'front', v: '2' });
      expect(events[0]?.object.clusterIP).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(events[0]?.object.endpoints).toEqual([]);
      const revisions = events.map((event) => Number(event?.revision));
      expect([...revisions].sort((a, b) => a - b)).toEqual(revisions);
      sub.stop();
      await client.dispose();
    });
  });

  describe('workloads', () => {
    let deploymentUid: string;

    beforeAll(async () => {
      const deployment = await objects.create(scope('deployments.apps'), {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', annotations: { 'deployment.kubernetes.io/revision': '2' } },
        spec: { replicas: 3, selector: { matchLabels: { app: 'web' } }, template },
      });
      deploymentUid = deployment.metadata.uid ?? '';
      const owner = { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', uid: deploymentUid, controller: true };
      for (const [hash, revision, replicas] of [
        ['5d8f', '1', 0],
        ['7c9b', '2', 3],
      ] as const) {
        await objects.create(scope('replicasets.apps'), {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          metadata: {
            name: `web-${hash}`,
            labels: { app: 'web', 'pod-template-hash': hash },
            annotations: { 'deployment.kubernetes.io/revision': revision },
            ownerReferences: [owner],
          },
          spec: {
            replicas,
            selector: { matchLabels: { app: 'web', 'pod-template-hash': hash } },
            template: { ...template, metadata: { labels: { app: 'web', 'pod-template-hash': hash } } },
          },
        });
      }
      await objects.create(scope('replicasets.apps'), {
        apiVersion: 'apps/v1',
        kind: 'ReplicaSet',
        metadata: { name: 'orphan' },
        spec: {
          replicas: 1,
          selector: { matchLabels: { app: 'orphan' } },
          template: { ...template, metadata: { labels: { app: 'orphan' } } },
        },
      });
      for (const [name, app] of [
        ['web-pod', 'web'],
        ['other-pod', 'other'],
      ]) {
        await objects.create(scope('pods'), {
          apiVersion: 'v1',
          kind: 'Pod',
          metadata: { name, labels: { app } },
          spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] },
        });
      }
      await objects.create(scope('statefulsets.apps'), {
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        metadata: { name: 'db' },
        spec: {
          replicas: 2,
          serviceName: 'db-headless',
          selector: { matchLabels: { app: 'db' } },
          template: {
            metadata: { labels: { app: 'db' } },
            spec: { containers: [{ name: 'db', image: 'postgres:17' }] },
          },
        },
      });
    });

    it('lists deployments with their owned ReplicaSets (one batched list) and each ReplicaSet its owner', async () => {
      const lists: ListOptions[] = [];
      const list = store.list.bind(store);
      jest.spyOn(store, 'list').mockImplementation((options) => {
        lists.push(options);
        return list(options);
      });
      type Result = {
        sandbox: {
          deployments: Connection<{
            metadata: { name: string };
            replicas: number;
            images: string[];
            revision: string | null;
            paused: boolean;
            selectorString: string;
            strategy: { type: string; maxSurge: string | null };
            replicaSets: {
              metadata: { name: string };
              replicas: number;
              revision: string;
              owner: { kind: string; metadata: { name: string } } | null;
            }[];
            pods: Connection<{ metadata: { name: string } }>;
          }>;
        };
      };
      const res = await query<Result>(`query($id: ID!) { sandbox(id: $id) { deployments(first: 10) { nodes {
        metadata { name } replicas images revision paused selectorString strategy { type maxSurge }
        replicaSets { metadata { name } replicas revision owner { kind metadata { name } } }
        pods(first: 10) { nodes { metadata { name } } } } } } }`);
      expect(res.errors).toBeUndefined();
      const [web] = res.data?.sandbox.deployments.nodes ?? [];
      expect(web).toMatchObject({
        metadata: { name: 'web' },
        replicas: 3,
        images: ['nginx:1.27'],
        revision: '2',
        paused: false,
        selectorString: 'app=web',
        strategy: { type: 'RollingUpdate', maxSurge: '25%' },
      });
      expect(
        web.replicaSets.map((rs) => [rs.metadata.name, rs.replicas, rs.revision, rs.owner?.metadata.name]),
      ).toEqual([
        ['web-5d8f', 0, '1', 'web'],
        ['web-7c9b', 3, '2', 'web'],
      ]);
      expect(lists.filter((options) => options.resource === 'replicasets.apps')).toHaveLength(1);
      expect(web.pods.nodes.map((pod) => pod.metadata.name)).toEqual(['web-pod']);
    });

    it('lists ReplicaSets and StatefulSets', async () => {
      type Result = {
        sandbox: {
          replicaSets: Connection<{ metadata: { name: string }; owner: { metadata: { name: string } } | null }>;
          statefulSets: Connection<{
            metadata: { name: string };
            replicas: number;
            serviceName: string;
            images: string[];
          }>;
        };
      };
      const res = await query<Result>(`query($id: ID!) { sandbox(id: $id) {
        replicaSets { nodes { metadata { name } owner { metadata { name } } } }
        statefulSets { nodes { metadata { name } replicas serviceName images } } } }`);
      expect(res.errors).toBeUndefined();
      expect(
        res.data?.sandbox.replicaSets.nodes.map((rs) => [rs.metadata.name, rs.owner?.metadata.name ?? null]),
      ).toEqual([
        ['orphan', null],
        ['web-5d8f', 'web'],
        ['web-7c9b', 'web'],
      ]);
      expect(res.data?.sandbox.statefulSets.nodes).toEqual([
        { metadata: { name: 'db' }, replicas: 2, serviceName: 'db-headless', images: ['postgres:17'] },
      ]);
    });
  });

  it("answers another tenant's token NOT_FOUND on every new field and on serviceEvents", async () => {
    const other = await api.tenant('kinds-intruder');
    const fields = [
      'services { resourceVersion }',
      'deployments { resourceVersion }',
      'replicaSets { resourceVersion }',
      'statefulSets { resourceVersion }',
      'configMaps { resourceVersion }',
      'secrets { resourceVersion }',
      'ingresses { resourceVersion }',
      'persistentVolumeClaims { resourceVersion }',
      'persistentVolumes { resourceVersion }',
      'events { resourceVersion }',
      'objects(resource: "cm") { resourceVersion }',
      'object(resource: "cm", name: "settings") { kind }',
    ];
    for (const field of fields) {
      const res = await query(`query($id: ID!) { sandbox(id: $id) { ${field} } }`, {}, other.adminToken);
      expect([field, codesOf(res)]).toEqual([field, ['NOT_FOUND']]);
      expect(res.data).toBeNull();
    }
    const client = wsClient(api.app, other.adminToken);
    const refused = subscribe(client, SERVICE_EVENTS, { id: sandboxId });
    await refused.ended;
    expect(refused.results.flatMap((result) => codesOf(result))).toEqual(['NOT_FOUND']);
    await client.dispose();
  });
});
