import { PrismaService } from '@ksb/database';
import { StoreService } from '@ksb/store';
import { ADMIN_TOKEN, ApiContext, createApiContext } from './api-context';

describe('platform API: sandboxes (Postgres + Redis)', () => {
  let api: ApiContext;
  let store: StoreService;
  let prisma: PrismaService;

  beforeAll(async () => {
    api = await createApiContext();
    store = api.app.get(StoreService);
    prisma = api.app.get(PrismaService);
  });
  afterAll(() => api.app.close());

  it('provisions what a fresh cluster has', async () => {
    const { adminToken } = await api.tenant();
    const sandbox = await api.sandbox(adminToken, { name: 'demo', ttlSeconds: 3600 });
    expect(sandbox).toMatchObject({
      name: 'demo',
      profile: 'fast',
      status: { phase: 'Ready', message: null },
      nodes: [
        { name: 'node-1', role: 'worker', cpu: '2', memory: '4Gi', maxPods: 110 },
        { name: 'node-2' },
        { name: 'node-3' },
      ],
    });
    expect(typeof sandbox.expiresAt).toBe('string');

    const names = async (resource: string, namespace?: string) =>
      (await store.list({ sandboxId: sandbox.id, resource, namespace })).items.map((i) => i.key.name);
    expect(await names('namespaces')).toEqual(['default', 'kube-node-lease', 'kube-public', 'kube-system']);
    expect(await names('nodes')).toEqual(['node-1', 'node-2', 'node-3']);
    expect(await names('serviceaccounts')).toEqual(['default', 'default', 'default', 'default']);
    expect(await names('services')).toEqual(['kubernetes', 'kube-dns']);
    expect(await names('storageclasses.storage.k8s.io')).toEqual(['standard']);
    expect(await names('leases.coordination.k8s.io', 'kube-node-lease')).toEqual(['node-1', 'node-2', 'node-3']);

    const node = await store.get({ sandboxId: sandbox.id, resource: 'nodes', namespace: '', name: 'node-2' });
    expect(node.object).toMatchObject({
      metadata: {
        labels: { 'kubernetes.io/hostname': 'node-2', 'kubernetes.io/os': 'linux', 'kubernetes.io/arch': 'amd64' },
      },
      spec: { podCIDR: '10.244.1.0/24' },
      status: {
        capacity: { cpu: '2', memory: '4194304Ki', pods: '110' },
        allocatable: { cpu: '2', memory: '4194304Ki', pods: '110' },
        addresses: [
          { type: 'InternalIP', address: '172.18.0.3' },
          { type: 'Hostname', address: 'node-2' },
        ],
        nodeInfo: { kubeletVersion: expect.stringMatching(/^v1\.32\./) as unknown },
      },
    });
    const kubernetes = await store.get({
      sandboxId: sandbox.id,
      resource: 'services',
      namespace: 'default',
      name: 'kubernetes',
    });
    expect(kubernetes.object).toMatchObject({ spec: { clusterIP: '10.96.0.1' } });
    const dns = await store.get({
      sandboxId: sandbox.id,
      resource: 'services',
      namespace: 'kube-system',
      name: 'kube-dns',
    });
    expect(dns.object).toMatchObject({ spec: { clusterIP: '10.96.0.10' } });
  });

  it('gives the standard preset a control-plane node tainted as upstream', async () => {
    const { adminToken } = await api.tenant();
    const sandbox = await api.sandbox(adminToken, { nodes: undefined, preset: 'standard' });
    const cp = await store.get({ sandboxId: sandbox.id, resource: 'nodes', namespace: '', name: 'control-plane' });
    expect(cp.object).toMatchObject({
      metadata: { labels: { 'node-role.kubernetes.io/control-plane': '' } },
      spec: { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] },
    });
  });

  it('isolates tenants: another tenant gets 404 and never sees the sandbox listed', async () => {
    const a = await api.tenant('a');
    const b = await api.tenant('b');
    const sandbox = await api.sandbox(a.adminToken);
    for (const path of [`/v1/sandboxes/${sandbox.id}`]) {
      const res = await api.as(b.adminToken).get(path).expect(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    }
    await api.as(b.adminToken).delete(`/v1/sandboxes/${sandbox.id}`).expect(404);
    await api.as(b.adminToken).post(`/v1/sandboxes/${sandbox.id}/reset`).expect(404);
    await api
      .as(b.adminToken)
      .post('/v1/tokens', { tenantId: a.id, role: 'sandbox', sandboxId: sandbox.id })
      .expect(404);
    await api.as(b.adminToken).get(`/v1/tenants/${a.id}`).expect(404);
    const tenants = await api.as(b.adminToken).get('/v1/tenants').expect(200);
    expect((tenants.body as { items: { id: string }[] }).items.map((t) => t.id)).toEqual([b.id]);
    await api.as(b.adminToken).get(`/v1/tokens?tenantId=${a.id}`).expect(404);
    const aTokens = await api.as(a.adminToken).get('/v1/tokens').expect(200);
    const aTokenId = (aTokens.body as { items: { id: string }[] }).items[0].id;
    await api.as(b.adminToken).delete(`/v1/tokens/${aTokenId}`).expect(404);
    await api.as(b.adminToken).post('/v1/tokens', { tenantId: a.id, role: 'learner' }).expect(404);
    await api.as(b.adminToken).post('/v1/sandboxes', { name: 'x', tenantId: a.id }).expect(404);
    await api.as(b.adminToken).get(`/v1/users?tenantId=${a.id}`).expect(404);
    await api.as(b.adminToken).post('/v1/users', { tenantId: a.id, name: 'mallory', role: 'learner' }).expect(404);
    const listed = await api.as(b.adminToken).get('/v1/sandboxes').expect(200);
    expect((listed.body as { items: { id: string }[] }).items.map((s) => s.id)).not.toContain(sandbox.id);
    // the sandbox is intact for its owner
    await api.as(a.adminToken).get(`/v1/sandboxes/${sandbox.id}`).expect(200);
  });

  it('shows a learner only its own sandboxes, an instructor all of the tenant read-only', async () => {
    const t = await api.tenant();
    const alice = await api.token(t.adminToken, { tenantId: t.id, role: 'learner', userName: 'alice' });
    const bob = await api.token(t.adminToken, { tenantId: t.id, role: 'learner', userName: 'bob' });
    const instructor = await api.token(t.adminToken, { tenantId: t.id, role: 'instructor' });
    const aliceBox = await api.sandbox(alice.token);
    const bobBox = await api.sandbox(t.adminToken, { ownerId: bob.userId });
    expect(aliceBox.ownerId).toBe(alice.userId);

    const aliceList = await api.as(alice.token).get('/v1/sandboxes').expect(200);
    expect((aliceList.body as { items: { id: string }[] }).items.map((s) => s.id)).toEqual([aliceBox.id]);
    await api.as(alice.token).get(`/v1/sandboxes/${bobBox.id}`).expect(404);
    await api.as(alice.token).delete(`/v1/sandboxes/${bobBox.id}`).expect(404);

    const all = await api.as(instructor.token).get('/v1/sandboxes').expect(200);
    expect((all.body as { items: { id: string }[] }).items.map((s) => s.id).sort()).toEqual(
      [aliceBox.id, bobBox.id].sort(),
    );
    const denied = await api.as(instructor.token).delete(`/v1/sandboxes/${aliceBox.id}`).expect(403);
    expect(denied.body).toMatchObject({ code: 'FORBIDDEN' });
    await api.as(instructor.token).post('/v1/sandboxes', { name: 'x' }).expect(403);

    // a learner can issue a sandbox-scoped token for its own sandbox, which sees only that sandbox
    const scoped = await api.token(alice.token, { tenantId: t.id, role: 'sandbox', sandboxId: aliceBox.id });
    const scopedList = await api.as(scoped.token).get('/v1/sandboxes').expect(200);
    expect((scopedList.body as { items: { id: string }[] }).items.map((s) => s.id)).toEqual([aliceBox.id]);
    await api.as(alice.token).post('/v1/tokens', { tenantId: t.id, role: 'sandbox', sandboxId: bobBox.id }).expect(403);
  });

  it('creates users that tokens act for; learners cannot create users', async () => {
    const t = await api.tenant();
    const created = await api
      .as(t.adminToken)
      .post('/v1/users', { tenantId: t.id, name: 'carol', role: 'learner' })
      .expect(201);
    const carol = created.body as { id: string };
    const token = await api.token(t.adminToken, { tenantId: t.id, role: 'learner', userId: carol.id });
    expect(token.userId).toBe(carol.id);
    const box = await api.sandbox(token.token);
    expect(box.ownerId).toBe(carol.id);
    const users = await api.as(t.adminToken).get('/v1/users').expect(200);
    expect((users.body as { items: { name: string }[] }).items.map((u) => u.name)).toContain('carol');
    await api.as(token.token).post('/v1/users', { tenantId: t.id, name: 'x', role: 'learner' }).expect(403);
    await api.as(t.adminToken).post('/v1/users', { tenantId: t.id, name: 'x', role: 'sandbox' }).expect(422);
  });

  it('rejects a revoked token with 401', async () => {
    const t = await api.tenant();
    const learner = await api.token(t.adminToken, { tenantId: t.id, role: 'learner' });
    await api.as(learner.token).get('/v1/sandboxes').expect(200);
    await api.as(t.adminToken).delete(`/v1/tokens/${learner.id}`).expect(200);
    const res = await api.as(learner.token).get('/v1/sandboxes').expect(401);
    expect(res.body).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    await api.as('ksb_not-a-token').get('/v1/sandboxes').expect(401);
  });

  it('answers bad input with a coded 4xx and writes nothing', async () => {
    const t = await api.tenant('strict', { nodesPerSandbox: 5 });
    const before = await prisma.sandbox.count({ where: { tenantId: t.id } });
    const cases: Array<[object | string, number, string]> = [
      ['{"name": "x", ', 400, 'BAD_REQUEST'],
      [{ name: 'x', colour: 'blue' }, 422, 'INVALID'],
      [{ name: 'Not_A_Name' }, 422, 'INVALID'],
      [{ name: 'x', nodes: { count: 6, cpu: '2', memory: '4Gi' } }, 403, 'LIMIT_EXCEEDED'],
      [{ name: 'x', nodes: { count: 2, cpu: 'lots', memory: '4Gi' } }, 422, 'INVALID'],
      [{ name: 'x', preset: 'enormous' }, 422, 'INVALID'],
      [{ name: 'x', profile: 'slow' }, 422, 'INVALID'],
      [{ name: 'x', ttlSeconds: 1 }, 422, 'INVALID'],
    ];
    for (const [body, status, code] of cases) {
      const res = await api.as(t.adminToken).post('/v1/sandboxes', body);
      expect([JSON.stringify(body), res.status, (res.body as { code: string }).code]).toEqual([
        JSON.stringify(body),
        status,
        code,
      ]);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const unknown = await api.as(t.adminToken).post('/v1/sandboxes', { name: 'x', colour: 'blue' });
    expect(unknown.body).toMatchObject({ errors: [{ field: 'colour', message: 'property colour should not exist' }] });
    const big = await api.as(t.adminToken).post('/v1/sandboxes', { name: 'x', pad: 'x'.repeat(3 * 1024 * 1024 + 10) });
    expect(big.status).toBe(413);
    expect(big.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    expect(await prisma.sandbox.count({ where: { tenantId: t.id } })).toBe(before);
  });

  it('answers the sandbox quota with 429 and Retry-After', async () => {
    const t = await api.tenant('small', { sandboxes: 1 });
    await api.sandbox(t.adminToken);
    const res = await api.as(t.adminToken).post('/v1/sandboxes', { name: 'second', preset: 'single' }).expect(429);
    expect(res.headers['retry-after']).toBeDefined();
    expect(res.body).toMatchObject({ code: 'QUOTA_EXCEEDED', detail: expect.stringContaining('1 of 1') as unknown });
    expect(await prisma.sandbox.count({ where: { tenantId: t.id } })).toBe(1);
  });

  it('resets a sandbox to a fresh cluster and deletes it leaving no row behind', async () => {
    const t = await api.tenant();
    const sandbox = await api.sandbox(t.adminToken);
    await store.create(sandbox.id, 'configmaps', 'default', { metadata: { name: 'mine' } });
    await store.delete({ sandboxId: sandbox.id, resource: 'services', namespace: 'kube-system', name: 'kube-dns' });
    const revision = await store.currentRevision(sandbox.id);
    await api.as(t.adminToken).post(`/v1/sandboxes/${sandbox.id}/reset`).expect(200);
    expect(
      await store.find({ sandboxId: sandbox.id, resource: 'configmaps', namespace: 'default', name: 'mine' }),
    ).toBeNull();
    expect(
      await store.find({ sandboxId: sandbox.id, resource: 'services', namespace: 'kube-system', name: 'kube-dns' }),
    ).not.toBeNull();
    expect(await store.currentRevision(sandbox.id)).toBeGreaterThan(revision);

    const scoped = await api.token(t.adminToken, { tenantId: t.id, role: 'sandbox', sandboxId: sandbox.id });
    await api.as(t.adminToken).delete(`/v1/sandboxes/${sandbox.id}`).expect(204);
    await api.as(t.adminToken).get(`/v1/sandboxes/${sandbox.id}`).expect(404);
    const rows = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT (SELECT count(*) FROM sandboxes WHERE id = ${sandbox.id})
           + (SELECT count(*) FROM store_revisions WHERE sandbox_id = ${sandbox.id})
           + (SELECT count(*) FROM store_objects WHERE sandbox_id = ${sandbox.id})
           + (SELECT count(*) FROM store_changes WHERE sandbox_id = ${sandbox.id})
           + (SELECT count(*) FROM api_tokens WHERE sandbox_id = ${sandbox.id}) AS n`;
    expect(Number(rows[0].n)).toBe(0);
    await api.as(scoped.token).get('/v1/sandboxes').expect(401);
  });

  it('serves health and offline OpenAPI docs without a token, and requires one elsewhere', async () => {
    const { default: request } = await import('supertest');
    const server = api.app.getHttpServer();
    await request(server).get('/healthz').expect(200);
    const ready = await request(server).get('/readyz').expect(200);
    expect(ready.body).toMatchObject({ ready: true, checks: { database: 'up', redis: 'up' } });
    const docs = await request(server).get('/docs-json').expect(200);
    expect(Object.keys((docs.body as { paths: object }).paths)).toEqual(
      expect.arrayContaining([
        '/v1/tenants',
        '/v1/tokens',
        '/v1/sandboxes',
        '/v1/sandboxes/{id}',
        '/v1/sandboxes/{id}/reset',
      ]),
    );
    const html = await request(server).get('/docs').expect(200);
    expect(html.text).not.toMatch(/https?:\/\/(cdn|unpkg)/);
    const res = await request(server).get('/v1/sandboxes').expect(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    await api.as(ADMIN_TOKEN).get('/v1/nothing-here').expect(404);
  });
});
