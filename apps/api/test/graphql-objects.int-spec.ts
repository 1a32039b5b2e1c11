import { kindFor, ObjectsService, type Scope } from '@ksb/kube-objects';
import { type ListOptions, StoreService } from '@ksb/store';
import { eventually } from '@ksb/testing';
import { type ApiContext, createApiContext } from './api-context';
import { codesOf, gql, subscribe, wsClient } from './graphql-client';

// The typed kinds of the schema (services and their endpoints, workloads, config, networking, storage,
// events), the generic object path, serviceEvents, and who sees Secret values. No worker runs here: every
// object a controller would write (EndpointSlices, ReplicaSets, Events) is written by the test.

const NS = 'default';
const SHOP = 'shop';
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

const service = (name: string, app = name) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, labels: { tier: 'front' } },
  spec: { selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
});

const endpointSlice = (serviceName: string, suffix: string, ips: string[], ready = true) => ({
  apiVersion: 'discovery.k8s.io/v1',
  kind: 'EndpointSlice',
  metadata: { name: `${serviceName}-${suffix}`, labels: { 'kubernetes.io/service-name': serviceName } },
  addressType: 'IPv4',
  ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
  endpoints: ips.map((ip, index) => ({
    addresses: [ip],
    conditions: { ready },
    nodeName: `node-${index + 1}`,
    targetRef: { kind: 'Pod', name: `${serviceName}-pod-${index}`, namespace: NS },
  })),
});

const template = {
  metadata: { labels: { app: 'web' } },
  spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
};

interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  resourceVersion: string;
}
type SandboxResult<K extends string, T> = { sandbox: Record<K, Connection<T>> };

interface EndpointResult {
  ip: string;
  ready: boolean;
  podName: string | null;
  nodeName: string | null;
  ports: { port: number }[];
}
interface ServiceResult {
  metadata: { name: string; namespace: string };
  type: string;
  clusterIP: string | null;
  ports: { name: string; port: number; targetPort: string; protocol: string }[];
  selector: Record<string, string>;
  sessionAffinity: string;
  endpoints: EndpointResult[];
}

const SERVICES = `query($id: ID!, $ns: String) { sandbox(id: $id) { services(namespace: $ns) {
  nodes { metadata { name namespace } type clusterIP ports { name port targetPort protocol } selector sessionAffinity
          endpoints { ip ready podName nodeName ports { port } } }
  pageInfo { hasNextPage endCursor } resourceVersion } } }`;

const SECRETS = `query($id: ID!) { sandbox(id: $id) { secrets(namespace: "default") {
  nodes { metadata { name } type keys data json } resourceVersion } } }`;

const SERVICE_EVENTS = `subscription($id: ID!, $from: String) { serviceEvents(sandboxId: $id, fromRevision: $from) {
  type revision object { metadata { name labels } clusterIP ports { port } endpoints { ip } } } }`;

const SANDBOX_EVENTS = `subscription($id: ID!, $from: String) {
  sandboxEvents(sandboxId: $id, namespace: "default", fromRevision: $from) {
    type revision resource object { kind metadata { name } json } } }`;

interface ServiceEventResult {
  serviceEvents: {
    type: string;
    revision: string;
    object: { metadata: { name: string; labels: Record<string, string> }; clusterIP: string; endpoints: unknown[] };
  };
}
interface SandboxEventResult {
  sandboxEvents: {
    type: string;
    resource: string;
    object: { kind: string; metadata: { name: string }; json: Record<string, unknown> };
  };
}

describe('GraphQL typed kinds (real Postgres and Redis)', () => {
  let api: ApiContext;
  let tenant: { id: string; adminToken: string };
  let instructorToken: string;
  let sandboxId: string;
  let objects: ObjectsService;
  let store: StoreService;
  const scope = (storeName: string, namespace = NS): Scope => ({ sandboxId, kind: kindFor(storeName), namespace });
  const clusterScope = (storeName: string): Scope => ({ sandboxId, kind: kindFor(storeName) });
  const query = <T>(text: string, variables: Record<string, unknown> = {}, token = tenant.adminToken) =>
    gql<T>(api.app, token, text, { id: sandboxId, ...variables });

  beforeAll(async () => {
    api = await createApiContext();
    await api.app.listen(0, '127.0.0.1');
    tenant = await api.tenant('kinds-school');
    instructorToken = (await api.token(tenant.adminToken, { tenantId: tenant.id, role: 'instructor' })).token;
    sandboxId = (await api.sandbox(tenant.adminToken, { name: 'kinds' })).id;
    objects = api.app.get(ObjectsService);
    store = api.app.get(StoreService);
    await objects.create(clusterScope('namespaces'), {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: SHOP },
    });
  });

  afterAll(async () => {
    await api.app.close();
  });

  afterEach(() => jest.restoreAllMocks());

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

  describe('config, networking, storage and events', () => {
    beforeAll(async () => {
      await objects.create(scope('configmaps'), {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'settings' },
        data: { mode: 'fast' },
        binaryData: { 'logo.png': b64('png') },
      });
      await objects.create(scope('secrets'), {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'db-credentials' },
        data: { username: b64('admin') },
        stringData: { password: 'hunter2' },
      });
      await objects.create(scope('ingresses.networking.k8s.io'), {
        apiVersion: 'networking.k8s.io/v1',
        kind: 'Ingress',
        metadata: { name: 'shop' },
        spec: {
          ingressClassName: 'nginx',
          rules: [
            {
              host: 'shop.example.com',
              http: {
                paths: [
                  { path: '/', pathType: 'Prefix', backend: { service: { name: 'alpha', port: { number: 80 } } } },
                ],
              },
            },
          ],
        },
      });
      await objects.create(clusterScope('persistentvolumes'), {
        apiVersion: 'v1',
        kind: 'PersistentVolume',
        metadata: { name: 'pv-data' },
        spec: {
          capacity: { storage: '10Gi' },
          accessModes: ['ReadWriteOnce'],
          persistentVolumeReclaimPolicy: 'Delete',
          storageClassName: 'standard',
          hostPath: { path: '/data/pv-data' },
          claimRef: { kind: 'PersistentVolumeClaim', namespace: NS, name: 'data' },
        },
      });
      await objects.create(scope('persistentvolumeclaims'), {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        metadata: { name: 'data' },
        spec: {
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: '5Gi' } },
          storageClassName: 'standard',
          volumeName: 'pv-data',
        },
      });
      await objects.create(scope('events'), {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: 'web.1' },
        type: 'Warning',
        reason: 'BackOff',
        message: 'Back-off restarting failed container',
        count: 3,
        involvedObject: { kind: 'Pod', name: 'web-1', namespace: NS, uid: 'pod-uid' },
        source: { component: 'kubelet', host: 'node-1' },
        firstTimestamp: '2025-01-01T10:00:00Z',
        lastTimestamp: '2025-01-01T10:05:00Z',
      });
    });

    it('lists ConfigMaps, Ingresses, claims with their volume, volumes and Events', async () => {
      const res = await query<{
        sandbox: {
          configMaps: Connection<{ metadata: { name: string }; data: unknown; binaryDataKeys: string[] }>;
          ingresses: Connection<{ ingressClassName: string; rules: unknown[] }>;
          persistentVolumeClaims: Connection<{
            phase: string;
            requested: string;
            volumeName: string;
            volume: { claim: string };
          }>;
          persistentVolumes: Connection<{
            metadata: { name: string };
            capacity: string;
            claim: string;
            reclaimPolicy: string;
          }>;
          events: Connection<{ type: string; reason: string; count: number; involvedObject: unknown; source: unknown }>;
        };
      }>(`query($id: ID!) { sandbox(id: $id) {
        configMaps(namespace: "default") { nodes { metadata { name } data binaryDataKeys } }
        ingresses { nodes { ingressClassName rules { host paths { path pathType serviceName servicePort } } } }
        persistentVolumeClaims { nodes { phase requested volumeName volume { claim } } }
        persistentVolumes { nodes { metadata { name } capacity claim reclaimPolicy } }
        events { nodes { type reason count involvedObject { kind name namespace uid } source { component host } } } } }`);
      expect(res.errors).toBeUndefined();
      const sandbox = res.data?.sandbox;
      expect(sandbox?.configMaps.nodes.find((cm) => cm.metadata.name === 'settings')).toEqual({
        metadata: { name: 'settings' },
        data: { mode: 'fast' },
        binaryDataKeys: ['logo.png'],
      });
      expect(sandbox?.ingresses.nodes).toEqual([
        {
          ingressClassName: 'nginx',
          rules: [
            {
              host: 'shop.example.com',
              paths: [{ path: '/', pathType: 'Prefix', serviceName: 'alpha', servicePort: '80' }],
            },
          ],
        },
      ]);
      expect(sandbox?.persistentVolumeClaims.nodes).toEqual([
        { phase: 'Pending', requested: '5Gi', volumeName: 'pv-data', volume: { claim: 'default/data' } },
      ]);
      expect(sandbox?.persistentVolumes.nodes).toEqual([
        { metadata: { name: 'pv-data' }, capacity: '10Gi', claim: 'default/data', reclaimPolicy: 'Delete' },
      ]);
      expect(sandbox?.events.nodes).toContainEqual({
        type: 'Warning',
        reason: 'BackOff',
        count: 3,
        involvedObject: { kind: 'Pod', name: 'web-1', namespace: NS, uid: 'pod-uid' },
        source: { component: 'kubelet', host: 'node-1' },
      });
    });

    it('reads any other kind through objects and object, by the names kubectl accepts', async () => {
      type Result = {
        sandbox: {
          objects: Connection<{ apiVersion: string; kind: string; metadata: { name: string } }>;
          object: { kind: string; metadata: { name: string }; json: { spec: { serviceName: string } } };
        };
      };
      const res = await query<Result>(`query($id: ID!) { sandbox(id: $id) {
        objects(resource: "endpointslices", namespace: "shop") { nodes { apiVersion kind metadata { name } } }
        object(resource: "sts", name: "db") { kind metadata { name } json } } }`);
      expect(res.errors).toBeUndefined();
      expect(res.data?.sandbox.objects.nodes).toEqual([
        { apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice', metadata: { name: 'cart-a' } },
      ]);
      expect(res.data?.sandbox.object).toMatchObject({
        kind: 'StatefulSet',
        json: { spec: { serviceName: 'db-headless' } },
      });

      const missing = await query(
        `query($id: ID!) { sandbox(id: $id) { object(resource: "cm", name: "nope") { kind } } }`,
      );
      expect(codesOf(missing)).toEqual(['NOT_FOUND']);
      const unknown = await query(
        `query($id: ID!) { sandbox(id: $id) { objects(resource: "widgets") { resourceVersion } } }`,
      );
      expect(codesOf(unknown)).toEqual(['BAD_USER_INPUT']);
      const extra = await query(
        `query($id: ID!) { sandbox(id: $id) { objects(resource: "cm", first: 0) { resourceVersion } } }`,
      );
      expect(codesOf(extra)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('secret values', () => {
    type SecretsResult = SandboxResult<
      'secrets',
      {
        metadata: { name: string };
        type: string;
        keys: string[];
        data: Record<string, string> | null;
        json: Record<string, unknown>;
      }
    >;
    const GENERIC = `query($id: ID!) { sandbox(id: $id) {
      objects(resource: "secrets", namespace: "default") { nodes { metadata { name } json } }
      object(resource: "Secret", name: "db-credentials") { json } } }`;
    type GenericResult = {
      sandbox: {
        objects: Connection<{ metadata: { name: string }; json: Record<string, unknown> }>;
        object: { json: Record<string, unknown> };
      };
    };

    it('shows the values to a token that may write the sandbox', async () => {
      const res = await query<SecretsResult>(SECRETS);
      expect(res.errors).toBeUndefined();
      const secret = res.data?.sandbox.secrets.nodes.find((node) => node.metadata.name === 'db-credentials');
      expect(secret).toMatchObject({
        type: 'Opaque',
        keys: ['password', 'username'],
        data: { username: 'admin', password: 'hunter2' },
      });
      expect(secret?.json.data).toEqual({ username: b64('admin'), password: b64('hunter2') });
      const generic = await query<GenericResult>(GENERIC);
      expect(generic.data?.sandbox.object.json.data).toEqual({ username: b64('admin'), password: b64('hunter2') });
    });

    it('hides them from an instructor: data null, json without data, on every path', async () => {
      const res = await query<SecretsResult>(SECRETS, {}, instructorToken);
      expect(res.errors).toBeUndefined();
      const secret = res.data?.sandbox.secrets.nodes.find((node) => node.metadata.name === 'db-credentials');
      expect(secret).toMatchObject({ keys: ['password', 'username'], data: null });
      expect(secret?.json.data).toBeUndefined();
      expect(secret?.json.metadata).toMatchObject({ name: 'db-credentials' });

      const generic = await query<GenericResult>(GENERIC, {}, instructorToken);
      expect(generic.errors).toBeUndefined();
      const listed = generic.data?.sandbox.objects.nodes ?? [];
      expect(listed.map((node) => node.metadata.name)).toContain('db-credentials');
      expect(listed.every((node) => node.json.data === undefined)).toBe(true);
      expect(generic.data?.sandbox.object.json).toMatchObject({ kind: 'Secret', metadata: { name: 'db-credentials' } });
      expect(generic.data?.sandbox.object.json.data).toBeUndefined();
      expect(JSON.stringify(generic.data)).not.toContain(b64('hunter2'));
    });

    it('redacts Secret events in sandboxEvents for an instructor, not for the tenant admin', async () => {
      const from = (await query<SecretsResult>(SECRETS)).data?.sandbox.secrets.resourceVersion;
      const instructor = wsClient(api.app, instructorToken);
      const admin = wsClient(api.app, tenant.adminToken);
      const watched = subscribe<SandboxEventResult>(instructor, SANDBOX_EVENTS, { id: sandboxId, from });
      const full = subscribe<SandboxEventResult>(admin, SANDBOX_EVENTS, { id: sandboxId, from });
      await objects.create(scope('secrets'), {
        apiVersion: 'v1',
        kind: 'Secret',
        metadata: { name: 'api-token' },
        stringData: { token: 'tok-123' },
      });
      await objects.create(scope('configmaps'), {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'after' },
        data: { a: 'b' },
      });
      const secretEvent = (results: typeof watched.results) =>
        results
          .map((result) => result.data?.sandboxEvents)
          .find((event) => event?.object.metadata.name === 'api-token');
      const configEvent = (results: typeof watched.results) =>
        results.map((result) => result.data?.sandboxEvents).find((event) => event?.object.metadata.name === 'after');
      await eventually(() => {
        expect(configEvent(watched.results)).toBeDefined();
        expect(configEvent(full.results)).toBeDefined();
      });
      expect(watched.results.every((result) => result.errors === undefined)).toBe(true);
      expect(secretEvent(watched.results)).toMatchObject({
        type: 'ADDED',
        resource: 'secrets',
        object: { kind: 'Secret' },
      });
      expect(secretEvent(watched.results)?.object.json.data).toBeUndefined();
      expect(JSON.stringify(watched.results)).not.toContain(b64('tok-123'));
      expect(configEvent(watched.results)?.object.json.data).toEqual({ a: 'b' });
      expect(secretEvent(full.results)?.object.json.data).toEqual({ token: b64('tok-123') });
      watched.stop();
      full.stop();
      await instructor.dispose();
      await admin.dispose();
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
