import { kindFor, ObjectsService } from '@ksb/kube-objects';
import { type ApiContext, createApiContext } from './api-context';
import { codesOf, gql } from './graphql-client';

const APPLY = `mutation Apply($id: ID!, $manifest: String!) {
  applyManifest(sandboxId: $id, manifest: $manifest) {
    applied objects { index kind namespace name action error { code message causes { field message reason } } } } }`;

interface ApplyResult {
  applyManifest: {
    applied: boolean;
    objects: {
      index: number;
      kind: string;
      namespace: string | null;
      name: string;
      action: string | null;
      error: { code: string; message: string; causes: { field: string | null; message: string }[] } | null;
    }[];
  };
}

const MANIFEST = `apiVersion: v1
kind: Namespace
metadata: { name: shop }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: web, namespace: shop }
spec:
  replicas: 2
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: "nginx:1.27" }] }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: settings }
data: { mode: blue }
`;

describe('GraphQL mutations (real Postgres and Redis)', () => {
  let api: ApiContext;
  let tenant: { id: string; adminToken: string };
  let sandboxId: string;
  let objects: ObjectsService;
  const names = async (resource: string, namespace?: string) =>
    (await objects.list({ sandboxId, kind: kindFor(resource), namespace })).items.map((o) => o.metadata.name);

  beforeAll(async () => {
    api = await createApiContext();
    tenant = await api.tenant('gql-mutations');
    sandboxId = (await api.sandbox(tenant.adminToken, { name: 'mutations' })).id;
    objects = api.app.get(ObjectsService);
  });

  afterAll(async () => {
    await api.app.close();
  });

  it('applies a multi-document manifest: created, then unchanged, then configured', async () => {
    const first = await gql<ApplyResult>(api.app, tenant.adminToken, APPLY, { id: sandboxId, manifest: MANIFEST });
    expect(first.errors).toBeUndefined();
    expect(first.data?.applyManifest.applied).toBe(true);
    expect(first.data?.applyManifest.objects.map((o) => [o.kind, o.namespace, o.name, o.action])).toEqual([
      ['Namespace', null, 'shop', 'created'],
      ['Deployment', 'shop', 'web', 'created'],
      ['ConfigMap', 'default', 'settings', 'created'],
    ]);
    expect(await names('deployments.apps', 'shop')).toEqual(['web']);
    const again = await gql<ApplyResult>(api.app, tenant.adminToken, APPLY, { id: sandboxId, manifest: MANIFEST });
    expect(again.data?.applyManifest.objects.map((o) => o.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    const changed = MANIFEST.replace('mode: blue', 'mode: green');
    const third = await gql<ApplyResult>(api.app, tenant.adminToken, APPLY, { id: sandboxId, manifest: changed });
    expect(third.data?.applyManifest.objects.map((o) => o.action)).toEqual(['unchanged', 'unchanged', 'configured']);
    const settings = await objects.get({ sandboxId, kind: kindFor('configmaps'), namespace: 'default' }, 'settings');
    expect(settings.data).toEqual({ mode: 'green' });
  });

  it('applies nothing when one object is refused, and says which field of which object', async () => {
    const manifest = `apiVersion: v1
kind: ConfigMap
metadata: { name: fine }
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: broken }
spec:
  replicas: -1
  selector: { matchLabels: { app: broken } }
  template:
    metadata: { labels: { app: broken } }
    spec: { containers: [{ name: web, image: nginx }] }
---
apiVersion: v1
kind: Podd
metadata: { name: typo }
`;
    const res = await gql<ApplyResult>(api.app, tenant.adminToken, APPLY, { id: sandboxId, manifest });
    const result = res.data?.applyManifest;
    expect(result?.applied).toBe(false);
    expect(result?.objects[0].error).toBeNull();
    expect(result?.objects[1].error?.code).toBe('BAD_USER_INPUT');
    expect(result?.objects[1].error?.causes.map((c) => c.field)).toContain('spec.replicas');
    expect(result?.objects[2].error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(result?.objects[2].error?.message).toContain('no matches for kind "Podd" in version "v1"');
    expect(await names('configmaps', 'default')).not.toContain('fine');
  });

  it('refuses invalid YAML and an oversize manifest with BAD_USER_INPUT, applying nothing', async () => {
    const before = await names('configmaps', 'default');
    const invalid = await gql(api.app, tenant.adminToken, APPLY, {
      id: sandboxId,
      manifest: 'apiVersion: v1\nkind: ConfigMap\nmetadata: { name: half\n',
    });
    expect(codesOf(invalid)).toEqual(['BAD_USER_INPUT']);
    expect(invalid.errors?.[0].message).toMatch(/^error decoding YAML: .*line \d+/);
    const huge = `apiVersion: v1\nkind: ConfigMap\nmetadata: { name: huge }\ndata: { x: "${'x'.repeat(1100 * 1024)}" }\n`;
    expect(codesOf(await gql(api.app, tenant.adminToken, APPLY, { id: sandboxId, manifest: huge }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(await names('configmaps', 'default')).toEqual(before);
  });

  it('creates, resets and deletes a sandbox; refuses a bad name with the field in causes', async () => {
    type Created = { createSandbox: { id: string; name: string; phase: string } };
    const created = await gql<Created>(
      api.app,
      tenant.adminToken,
      `mutation { createSandbox(input: { name: "via-graphql", nodes: { count: 2 }, profile: "fast" }) { id name phase } }`,
    );
    expect(created.errors).toBeUndefined();
    const id = created.data?.createSandbox.id ?? '';
    expect(created.data?.createSandbox.name).toBe('via-graphql');
    const nodes = await objects.list({ sandboxId: id, kind: kindFor('nodes') });
    expect(nodes.items.length).toBeGreaterThanOrEqual(2);
    const reset = await gql(api.app, tenant.adminToken, `mutation($id: ID!) { resetSandbox(id: $id) { id } }`, { id });
    expect(reset.errors).toBeUndefined();
    const deleted = await gql(api.app, tenant.adminToken, `mutation($id: ID!) { deleteSandbox(id: $id) }`, { id });
    expect(deleted.data).toEqual({ deleteSandbox: id });
    const gone = await gql(api.app, tenant.adminToken, `query($id: ID!) { sandbox(id: $id) { id } }`, { id });
    expect(codesOf(gone)).toEqual(['NOT_FOUND']);

    const bad = await gql(api.app, tenant.adminToken, `mutation { createSandbox(input: { name: "Bad_Name" }) { id } }`);
    expect(codesOf(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0].extensions?.causes).toEqual([
      expect.objectContaining({ field: 'name', message: expect.stringContaining('lower case alphanumeric') as string }),
    ]);
  });

  it('refuses a subscription over plain HTTP with BAD_USER_INPUT', async () => {
    const res = await gql(api.app, tenant.adminToken, 'subscription($id: ID!) { podEvents(sandboxId: $id) { type } }', {
      id: sandboxId,
    });
    expect(codesOf(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors?.[0].message).toContain('WebSocket');
  });

  it('refuses too deep and too complex queries before running them', async () => {
    const deep = `query($id: ID!) { sandbox(id: $id) { pods { nodes { node { pods { nodes { node { pods { nodes {
      node { pods { nodes { metadata { name } } } } } } } } } } } } } }`;
    const tooDeep = await gql(api.app, tenant.adminToken, deep, { id: sandboxId });
    expect(codesOf(tooDeep)).toEqual(['BAD_USER_INPUT']);
    expect(tooDeep.errors?.[0].message).toMatch(/query is too deep: depth \d+ exceeds the limit of 10/);
    const wide = `query($id: ID!) { sandbox(id: $id) { pods(first: 1000) { nodes { node { pods(first: 1000) {
      nodes { metadata { name } } } } } } } }`;
    const tooComplex = await gql(api.app, tenant.adminToken, wide, { id: sandboxId });
    expect(codesOf(tooComplex)).toEqual(['BAD_USER_INPUT']);
    expect(tooComplex.errors?.[0].message).toMatch(/query is too complex: cost \d+ exceeds the limit of 25000/);
  });

  it('deletes an object and scales a Deployment', async () => {
    const del = await gql<{ deleteObject: { metadata: { name: string } } }>(
      api.app,
      tenant.adminToken,
      `mutation($id: ID!) { deleteObject(sandboxId: $id, resource: "cm", name: "settings") { metadata { name } } }`,
      { id: sandboxId },
    );
    expect(del.data?.deleteObject.metadata.name).toBe('settings');
    expect(await names('configmaps', 'default')).not.toContain('settings');
    const missing = await gql(
      api.app,
      tenant.adminToken,
      `mutation($id: ID!) { deleteObject(sandboxId: $id, resource: "cm", name: "settings") { kind } }`,
      { id: sandboxId },
    );
    expect(codesOf(missing)).toEqual(['NOT_FOUND']);
    const scaled = await gql<{ scale: { json: { spec: { replicas: number } } } }>(
      api.app,
      tenant.adminToken,
      `mutation($id: ID!) { scale(sandboxId: $id, resource: "deploy", namespace: "shop", name: "web", replicas: 5) { json } }`,
      { id: sandboxId },
    );
    expect(scaled.data?.scale.json.spec.replicas).toBe(5);
    const notScalable = await gql(
      api.app,
      tenant.adminToken,
      `mutation($id: ID!) { scale(sandboxId: $id, resource: "cm", name: "x", replicas: 1) { kind } }`,
      { id: sandboxId },
    );
    expect(codesOf(notScalable)).toEqual(['BAD_USER_INPUT']);
  });

  it('lets an instructor read but not mutate, and another tenant do neither', async () => {
    const instructor = await api.token(tenant.adminToken, { tenantId: tenant.id, role: 'instructor' });
    const other = await api.tenant('gql-mutations-other');
    const mutations = [
      [APPLY, { id: sandboxId, manifest: MANIFEST }],
      [
        `mutation($id: ID!) { deleteObject(sandboxId: $id, resource: "deploy", namespace: "shop", name: "web") { kind } }`,
        { id: sandboxId },
      ],
      [
        `mutation($id: ID!) { scale(sandboxId: $id, resource: "deploy", namespace: "shop", name: "web", replicas: 1) { kind } }`,
        { id: sandboxId },
      ],
      [
        `mutation($id: ID!) { restartRollout(sandboxId: $id, resource: "deploy", namespace: "shop", name: "web") { kind } }`,
        { id: sandboxId },
      ],
      [
        `mutation($id: ID!) { rollbackRollout(sandboxId: $id, namespace: "shop", name: "web") { kind } }`,
        { id: sandboxId },
      ],
      [`mutation($id: ID!) { killPod(sandboxId: $id, name: "x") { killed } }`, { id: sandboxId }],
      [`mutation($id: ID!) { stopNode(sandboxId: $id, node: "node-1") { agent } }`, { id: sandboxId }],
      [`mutation($id: ID!) { resetSandbox(id: $id) { id } }`, { id: sandboxId }],
      [`mutation($id: ID!) { deleteSandbox(id: $id) }`, { id: sandboxId }],
    ] as const;
    for (const [mutation, variables] of mutations) {
      expect([mutation, codesOf(await gql(api.app, instructor.token, mutation, variables))]).toEqual([
        mutation,
        ['FORBIDDEN'],
      ]);
      expect([mutation, codesOf(await gql(api.app, other.adminToken, mutation, variables))]).toEqual([
        mutation,
        ['NOT_FOUND'],
      ]);
    }
    const read = await gql<{ sandbox: { name: string } }>(
      api.app,
      instructor.token,
      `query($id: ID!) { sandbox(id: $id) { name } }`,
      {
        id: sandboxId,
      },
    );
    expect(read.data?.sandbox.name).toBe('mutations');
    expect(await names('deployments.apps', 'shop')).toEqual(['web']);
  });
});
