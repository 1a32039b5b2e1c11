import { kindFor, ObjectsService } from '@ksb/kube-objects';
import { StoreService } from '@ksb/store';
import { eventually } from '@ksb/testing';
import { ADMIN_TOKEN, type ApiContext, createApiContext } from './api-context';
import { codesOf, gql, subscribe, wsClient } from './graphql-client';

const pod = (name: string, labels: Record<string, string> = { app: 'web' }) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels },
  spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
});

const PODS = `query Pods($id: ID!, $selector: String, $first: Int, $after: String) {
  sandbox(id: $id) { id name pods(labelSelector: $selector, first: $first, after: $after) {
    nodes { metadata { name namespace labels } phase status ready containers { name image ports { containerPort } } }
    pageInfo { hasNextPage endCursor } resourceVersion } } }`;

const POD_EVENTS = `subscription Pods($id: ID!, $from: String, $selector: String) {
  podEvents(sandboxId: $id, fromRevision: $from, labelSelector: $selector) {
    type revision object { metadata { name labels resourceVersion } phase } } }`;

interface PodEventResult {
  podEvents: { type: string; revision: string; object: { metadata: { name: string; labels: Record<string, string> } } };
}

describe('GraphQL API (queries and subscriptions over real Postgres and Redis)', () => {
  let api: ApiContext;
  let tenant: { id: string; adminToken: string };
  let sandboxId: string;
  let objects: ObjectsService;
  const podsIn = (id: string) => ({ sandboxId: id, kind: kindFor('pods'), namespace: 'default' });

  beforeAll(async () => {
    api = await createApiContext();
    await api.app.listen(0, '127.0.0.1');
    tenant = await api.tenant('gql-school');
    sandboxId = (await api.sandbox(tenant.adminToken, { name: 'gql' })).id;
    objects = api.app.get(ObjectsService);
  });

  afterAll(async () => {
    await api.app.close();
  });

  it('lists pods with label selectors and cursor pagination', async () => {
    for (const name of ['p1', 'p2', 'p3']) await objects.create(podsIn(sandboxId), pod(name));
    await objects.create(podsIn(sandboxId), pod('db', { app: 'db' }));
    type Result = {
      sandbox: {
        pods: { nodes: { metadata: { name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      };
    };
    const first = await gql<Result>(api.app, tenant.adminToken, PODS, { id: sandboxId, selector: 'app=web', first: 2 });
    expect(first.errors).toBeUndefined();
    expect(first.data?.sandbox.pods.nodes.map((p) => p.metadata.name)).toEqual(['p1', 'p2']);
    expect(first.data?.sandbox.pods.pageInfo.hasNextPage).toBe(true);
    const next = await gql<Result>(api.app, tenant.adminToken, PODS, {
      id: sandboxId,
      selector: 'app=web',
      first: 2,
      after: first.data?.sandbox.pods.pageInfo.endCursor,
    });
    expect(next.data?.sandbox.pods.nodes.map((p) => p.metadata.name)).toEqual(['p3']);
    expect(next.data?.sandbox.pods.pageInfo).toEqual({ hasNextPage: false, endCursor: null });
  });

  it("resolves every pod's node with one batched read, and lists the sandbox's nodes", async () => {
    const store = api.app.get(StoreService);
    // Bind the listed pods to nodes, as the scheduler would (no worker runs here).
    for (const [i, name] of ['p1', 'p2', 'p3'].entries()) {
      await store.guaranteedUpdate({ sandboxId, resource: 'pods', namespace: 'default', name }, (current) => ({
        ...current,
        spec: { ...(current.spec as object), nodeName: `node-${i + 1}` },
      }));
    }
    const batched = jest.spyOn(store, 'findMany');
    type Result = {
      sandbox: { pods: { nodes: { node: { metadata: { name: string } } | null }[] }; nodes: { nodes: unknown[] } };
    };
    const res = await gql<Result>(
      api.app,
      tenant.adminToken,
      `query($id: ID!) { sandbox(id: $id) { pods(labelSelector: "app=web") { nodes { node { metadata { name } status } } }
        nodes { nodes { metadata { name } status roles } } } }`,
      { id: sandboxId },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.sandbox.pods.nodes.map((p) => p.node?.metadata.name)).toEqual(['node-1', 'node-2', 'node-3']);
    expect(batched).toHaveBeenCalledTimes(1);
    batched.mockRestore();
    expect(res.data?.sandbox.nodes.nodes.length).toBeGreaterThanOrEqual(3);
  });

  it('answers without a token UNAUTHENTICATED, and another tenant NOT_FOUND', async () => {
    expect(codesOf(await gql(api.app, undefined, PODS, { id: sandboxId }))).toEqual(['UNAUTHENTICATED']);
    expect(codesOf(await gql(api.app, 'not-a-token', PODS, { id: sandboxId }))).toEqual(['UNAUTHENTICATED']);
    const other = await api.tenant('gql-other');
    const res = await gql(api.app, other.adminToken, PODS, { id: sandboxId });
    expect(codesOf(res)).toEqual(['NOT_FOUND']);
    expect(res.data).toBeNull();
    const list = await gql<{ sandboxes: { id: string }[] }>(api.app, other.adminToken, '{ sandboxes { id } }');
    expect(list.data?.sandboxes.map((s) => s.id)).not.toContain(sandboxId);
  });

  it('streams ADDED, MODIFIED and DELETED in revision order, and resumes from a revision without a gap', async () => {
    const client = wsClient(api.app, tenant.adminToken);
    const sub = subscribe<PodEventResult>(client, POD_EVENTS, { id: sandboxId, selector: 'app=web' });
    const resumeFrom = await eventually(async () => {
      // The subscription is live once a change made now reaches it.
      await objects.create(podsIn(sandboxId), pod(`probe-${Date.now()}`));
      await eventually(() => expect(sub.results.length).toBeGreaterThan(0), { timeoutMs: 2000 });
      return sub.results[0].data?.podEvents.revision;
    });
    await objects.create(podsIn(sandboxId), pod('s1'));
    await objects.create(podsIn(sandboxId), pod('s-db', { app: 'db' }));
    const labelled = await objects.get(podsIn(sandboxId), 's1');
    await objects.replace(podsIn(sandboxId), 's1', {
      ...labelled,
      metadata: { ...labelled.metadata, labels: { app: 'web', v: '2' } },
    });
    await objects.delete(podsIn(sandboxId), 's1', { gracePeriodSeconds: 0 });
    await eventually(() => expect(sub.results.length).toBe(4));
    const events = sub.results.slice(1).map((r) => [r.data?.podEvents.type, r.data?.podEvents.object.metadata.name]);
    expect(events).toEqual([
      ['ADDED', 's1'],
      ['MODIFIED', 's1'],
      ['DELETED', 's1'],
    ]);
    const revisions = sub.results.map((r) => Number(r.data?.podEvents.revision));
    expect([...revisions].sort((a, b) => a - b)).toEqual(revisions);
    sub.stop();

    // A second client resumes after the first event it saw: it gets exactly the later ones.
    const resumed = subscribe<PodEventResult>(client, POD_EVENTS, {
      id: sandboxId,
      selector: 'app=web',
      from: resumeFrom,
    });
    await eventually(() => expect(resumed.results.length).toBe(3));
    expect(resumed.results.map((r) => r.data?.podEvents.revision)).toEqual(
      sub.results.slice(1).map((r) => r.data?.podEvents.revision),
    );
    resumed.stop();
    await client.dispose();
  });

  it('nodeEvents sees a cordon; sandboxEvents sees every kind, Kubernetes Events included, in one namespace', async () => {
    const store = api.app.get(StoreService);
    const client = wsClient(api.app, tenant.adminToken);
    type NodeEvents = { nodeEvents: { type: string; object: { metadata: { name: string }; status: string } } };
    type AllEvents = {
      sandboxEvents: { type: string; resource: string; object: { kind: string; metadata: { name: string } } };
    };
    const nodes = subscribe<NodeEvents>(
      client,
      `subscription($id: ID!) { nodeEvents(sandboxId: $id) {
      type object { metadata { name } status } } }`,
      { id: sandboxId },
    );
    const all = subscribe<AllEvents>(
      client,
      `subscription($id: ID!) { sandboxEvents(sandboxId: $id, namespace: "default") {
      type resource object { kind metadata { name } } } }`,
      { id: sandboxId },
    );
    await eventually(async () => {
      await objects.create(podsIn(sandboxId), pod(`all-${Date.now()}`));
      await eventually(() => expect(all.results.length).toBeGreaterThan(0), { timeoutMs: 2000 });
    });
    await store.guaranteedUpdate({ sandboxId, resource: 'nodes', namespace: '', name: 'node-2' }, (node) => ({
      ...node,
      spec: { ...(node.spec as object), unschedulable: true },
    }));
    await objects.create(
      { sandboxId, kind: kindFor('configmaps'), namespace: 'default' },
      {
        metadata: { name: 'seen' },
        data: { a: 'b' },
      },
    );
    await objects.create(
      { sandboxId, kind: kindFor('events'), namespace: 'default' },
      {
        metadata: { name: 'seen.1' },
        involvedObject: { kind: 'ConfigMap', name: 'seen', namespace: 'default' },
        reason: 'Testing',
        message: 'an event',
        type: 'Normal',
      },
    );
    await eventually(() => {
      expect(
        nodes.results.map((r) => [
          r.data?.nodeEvents.type,
          r.data?.nodeEvents.object.metadata.name,
          r.data?.nodeEvents.object.status,
        ]),
      ).toContainEqual(['MODIFIED', 'node-2', 'Ready,SchedulingDisabled']);
      const kinds = all.results.map(
        (r) => `${r.data?.sandboxEvents.resource}/${r.data?.sandboxEvents.object.metadata.name}`,
      );
      expect(kinds).toEqual(expect.arrayContaining(['configmaps/seen', 'events/seen.1']));
    });
    expect(all.results.some((r) => r.data?.sandboxEvents.resource === 'nodes')).toBe(false);
    nodes.stop();
    all.stop();
    await client.dispose();
  });

  it("refuses another tenant's subscription, and ends one when its token is revoked", async () => {
    const other = await api.tenant('gql-intruder');
    const intruder = wsClient(api.app, other.adminToken);
    const refused = subscribe(intruder, POD_EVENTS, { id: sandboxId });
    await refused.ended;
    expect(refused.results.flatMap((r) => codesOf(r))).toEqual(['NOT_FOUND']);
    await intruder.dispose();

    const learner = await api.token(tenant.adminToken, { tenantId: tenant.id, role: 'instructor' });
    const client = wsClient(api.app, learner.token);
    const sub = subscribe<PodEventResult>(client, POD_EVENTS, { id: sandboxId });
    await eventually(async () => {
      await objects.create(podsIn(sandboxId), pod(`r-${Date.now()}`));
      await eventually(() => expect(sub.results.length).toBeGreaterThan(0), { timeoutMs: 2000 });
    });
    await api
      .as(ADMIN_TOKEN)
      .delete(`/v1/tokens/${learner.id}`)
      .expect((res) => expect(res.status).toBeLessThan(300));
    await sub.ended;
    expect(codesOf(sub.results[sub.results.length - 1])).toEqual(['UNAUTHENTICATED']);
    await client.dispose();
  });

  it('refuses invalid and too deep subscriptions over the WebSocket with BAD_USER_INPUT', async () => {
    const client = wsClient(api.app, tenant.adminToken);
    const unknown = subscribe(client, 'subscription($id: ID!) { podEvents(sandboxId: $id) { nope } }', {
      id: sandboxId,
    });
    const deep = subscribe(
      client,
      `subscription($id: ID!) { podEvents(sandboxId: $id) { object { node { pods { nodes { node { pods { nodes {
        node { pods { nodes { metadata { name } } } } } } } } } } } } }`,
      { id: sandboxId },
    );
    await Promise.all([unknown.ended, deep.ended]);
    expect(unknown.results.flatMap((r) => codesOf(r))).toEqual(['BAD_USER_INPUT']);
    expect(deep.results.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.reason)).toEqual(['QUERY_TOO_DEEP']);
    await client.dispose();
  });

  it('ends a subscription when its sandbox is deleted', async () => {
    const { id } = await api.sandbox(tenant.adminToken, { name: 'doomed' });
    const client = wsClient(api.app, tenant.adminToken);
    const sub = subscribe(client, POD_EVENTS, { id });
    await eventually(async () => {
      await objects.create(podsIn(id), pod(`d-${Date.now()}`));
      await eventually(() => expect(sub.results.length).toBeGreaterThan(0), { timeoutMs: 2000 });
    });
    await api.as(tenant.adminToken).delete(`/v1/sandboxes/${id}`).expect(204);
    await sub.ended;
    await client.dispose();
  });
});
