import { eventually } from '@ksb/testing';
import type { ApiContext } from './api-context';
import { codesOf, subscribe, wsClient } from './graphql-client';
import {
  b64,
  Connection,
  endpointSlice,
  NS,
  SANDBOX_EVENTS,
  SandboxEventResult,
  SandboxResult,
  SECRETS,
  SHOP,
  type KindsContext,
  useKindsContext,
} from './graphql-kinds-context';

describe('GraphQL typed kinds: config, networking, storage, events, secret values', () => {
  const kinds = useKindsContext('kinds-config');
  let api: ApiContext;
  let tenant: KindsContext['tenant'];
  let instructorToken: string;
  let sandboxId: string;
  let objects: KindsContext['objects'];
  beforeAll(() => {
    ({ api, tenant, instructorToken, sandboxId, objects } = kinds);
  });
  const scope = (storeName: string, namespace?: string) => kinds.scope(storeName, namespace);
  const clusterScope = (storeName: string) => kinds.clusterScope(storeName);
  const query = <T>(text: string, variables: Record<string, unknown> = {}, token?: string) =>
    kinds.query<T>(text, variables, token);

  describe('config, networking, storage and events', () => {
    // The objects the generic fields read (made by the services and workloads suite in the same shapes).
    beforeAll(async () => {
      await objects.create(scope('endpointslices.discovery.k8s.io', SHOP), endpointSlice('cart', 'a', ['10.244.4.1']));
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
});
