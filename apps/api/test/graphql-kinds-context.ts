import { kindFor, ObjectsService, type Scope } from '@ksb/kube-objects';
import { StoreService } from '@ksb/store';
import { type ApiContext, createApiContext } from './api-context';
import { gql, type GraphqlResponse } from './graphql-client';

// Fixtures and result shapes of the typed-kinds GraphQL tests (graphql-kinds-*.int-spec.ts).

// The typed kinds of the schema (services and their endpoints, workloads, config, networking, storage,
// events), the generic object path, serviceEvents, and who sees Secret values. No worker runs here: every
// object a controller would write (EndpointSlices, ReplicaSets, Events) is written by the test.

export const NS = 'default';
export const SHOP = 'shop';
export const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

export const service = (name: string, app = name) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, labels: { tier: 'front' } },
  spec: { selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
});

export const endpointSlice = (serviceName: string, suffix: string, ips: string[], ready = true) => ({
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

export const template = {
  metadata: { labels: { app: 'web' } },
  spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
};

export interface Connection<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  resourceVersion: string;
}
export type SandboxResult<K extends string, T> = { sandbox: Record<K, Connection<T>> };

export interface EndpointResult {
  ip: string;
  ready: boolean;
  podName: string | null;
  nodeName: string | null;
  ports: { port: number }[];
}
export interface ServiceResult {
  metadata: { name: string; namespace: string };
  type: string;
  clusterIP: string | null;
  ports: { name: string; port: number; targetPort: string; protocol: string }[];
  selector: Record<string, string>;
  sessionAffinity: string;
  endpoints: EndpointResult[];
}

export const SERVICES = `query($id: ID!, $ns: String) { sandbox(id: $id) { services(namespace: $ns) {
  nodes { metadata { name namespace } type clusterIP ports { name port targetPort protocol } selector sessionAffinity
          endpoints { ip ready podName nodeName ports { port } } }
  pageInfo { hasNextPage endCursor } resourceVersion } } }`;

export const SECRETS = `query($id: ID!) { sandbox(id: $id) { secrets(namespace: "default") {
  nodes { metadata { name } type keys data json } resourceVersion } } }`;

export const SERVICE_EVENTS = `subscription($id: ID!, $from: String) { serviceEvents(sandboxId: $id, fromRevision: $from) {
  type revision object { metadata { name labels } clusterIP ports { port } endpoints { ip } } } }`;

export const SANDBOX_EVENTS = `subscription($id: ID!, $from: String) {
  sandboxEvents(sandboxId: $id, namespace: "default", fromRevision: $from) {
    type revision resource object { kind metadata { name } json } } }`;

export interface ServiceEventResult {
  serviceEvents: {
    type: string;
    revision: string;
    object: { metadata: { name: string; labels: Record<string, string> }; clusterIP: string; endpoints: unknown[] };
  };
}
export interface SandboxEventResult {
  sandboxEvents: {
    type: string;
    resource: string;
    object: { kind: string; metadata: { name: string }; json: Record<string, unknown> };
  };
}

/** What the typed-kinds tests share: the API on a port, a tenant with an instructor token, a sandbox with a shop namespace. */
export interface KindsContext {
  api: ApiContext;
  tenant: { id: string; adminToken: string };
  instructorToken: string;
  sandboxId: string;
  objects: ObjectsService;
  store: StoreService;
  scope(storeName: string, namespace?: string): Scope;
  clusterScope(storeName: string): Scope;
  query<T>(text: string, variables?: Record<string, unknown>, token?: string): Promise<GraphqlResponse<T>>;
}

/** Registers the suite's setup; the returned object is filled in before the suite's own beforeAll hooks run. */
export function useKindsContext(tenantName: string): KindsContext {
  const ctx = {
    scope: (storeName: string, namespace = NS): Scope => ({
      sandboxId: ctx.sandboxId,
      kind: kindFor(storeName),
      namespace,
    }),
    clusterScope: (storeName: string): Scope => ({ sandboxId: ctx.sandboxId, kind: kindFor(storeName) }),
    query: <T>(text: string, variables: Record<string, unknown> = {}, token = ctx.tenant.adminToken) =>
      gql<T>(ctx.api.app, token, text, { id: ctx.sandboxId, ...variables }),
  } as KindsContext;

  beforeAll(async () => {
    ctx.api = await createApiContext();
    await ctx.api.app.listen(0, '127.0.0.1');
    ctx.tenant = await ctx.api.tenant(tenantName);
    ctx.instructorToken = (
      await ctx.api.token(ctx.tenant.adminToken, { tenantId: ctx.tenant.id, role: 'instructor' })
    ).token;
    ctx.sandboxId = (await ctx.api.sandbox(ctx.tenant.adminToken, { name: 'kinds' })).id;
    ctx.objects = ctx.api.app.get(ObjectsService);
    ctx.store = ctx.api.app.get(StoreService);
    await ctx.objects.create(ctx.clusterScope('namespaces'), {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: SHOP },
    });
  });

  afterAll(async () => {
    await ctx.api.app.close();
  });

  afterEach(() => jest.restoreAllMocks());
  return ctx;
}
