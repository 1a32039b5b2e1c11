import { createKubectl } from '@ksb/testing';
import { ADMIN_TOKEN, type ApiContext, createApiContext } from './api-context';

describe('platform API: GET /v1/sandboxes/{id}/kubeconfig', () => {
  let api: ApiContext;

  beforeAll(async () => {
    process.env.KUBE_PORT = '16443';
    process.env.KUBE_HOSTNAMES = '*.kube.example.com,kube.example.com,10.0.0.5';
    api = await createApiContext();
  });
  afterAll(() => api.app.close());

  const sandboxOf = async (token: string, body: object = {}) =>
    api.sandbox(token, { preset: 'single', nodes: undefined, ...body });

  it('names the first configured host and KUBE_PORT, and gives a new sandbox token each time', async () => {
    const t = await api.tenant();
    const sandbox = await sandboxOf(t.adminToken, { name: 'demo' });
    const first = await api.as(t.adminToken).get(`/v1/sandboxes/${sandbox.id}/kubeconfig`).expect(200);
    const second = await api.as(t.adminToken).get(`/v1/sandboxes/${sandbox.id}/kubeconfig`).expect(200);
    expect(first.text).toContain(`server: "https://kube.example.com:16443/clusters/${sandbox.id}"`);
    const tokenOf = (yaml: string) => /token: "([^"]+)"/.exec(yaml)?.[1];
    expect(tokenOf(first.text)).not.toEqual(tokenOf(second.text));
    const tokens = await api.as(t.adminToken).get('/v1/tokens').expect(200);
    const scoped = (tokens.body as { items: { role: string; sandboxId: string | null }[] }).items.filter(
      (token) => token.role === 'sandbox',
    );
    expect(scoped).toEqual([
      expect.objectContaining({ sandboxId: sandbox.id }),
      expect.objectContaining({ sandboxId: sandbox.id }),
    ]);

    // kubectl reads it as written: one context, current, named <sandbox name>-<id>, namespace default.
    const kubectl = await createKubectl(first.text);
    try {
      const view = await kubectl.run(['config', 'view', '--raw', '-o', 'json']);
      expect(JSON.parse(view.stdout)).toMatchObject({
        'current-context': `demo-${sandbox.id}`,
        contexts: [{ name: `demo-${sandbox.id}`, context: { cluster: `demo-${sandbox.id}`, namespace: 'default' } }],
        users: [{ name: `demo-${sandbox.id}`, user: { token: tokenOf(first.text) } }],
        clusters: [{ cluster: { server: `https://kube.example.com:16443/clusters/${sandbox.id}` } }],
      });
    } finally {
      await kubectl.dispose();
    }
  });

  it('takes another server address on request', async () => {
    const t = await api.tenant();
    const sandbox = await sandboxOf(t.adminToken);
    const res = await api
      .as(t.adminToken)
      .get(`/v1/sandboxes/${sandbox.id}/kubeconfig?server=${encodeURIComponent('https://proxy.example.com/k8s/')}`)
      .expect(200);
    expect(res.text).toContain(`server: "https://proxy.example.com/k8s/clusters/${sandbox.id}"`);
    for (const bad of [
      'http://x.example.com',
      'not a url',
      'https://u:p@x.example.com',
      'https://x.example.com/?a=1',
    ]) {
      const invalid = await api
        .as(t.adminToken)
        .get(`/v1/sandboxes/${sandbox.id}/kubeconfig?server=${encodeURIComponent(bad)}`)
        .expect(422);
      expect(invalid.body).toMatchObject({ code: 'INVALID', errors: [{ field: 'server' }] });
    }
  });

  it('is for whoever manages the sandbox: owner learner, tenant admin, platform admin', async () => {
    const t = await api.tenant('a');
    const other = await api.tenant('b');
    const alice = await api.token(t.adminToken, { tenantId: t.id, role: 'learner', userName: 'alice' });
    const bob = await api.token(t.adminToken, { tenantId: t.id, role: 'learner', userName: 'bob' });
    const instructor = await api.token(t.adminToken, { tenantId: t.id, role: 'instructor' });
    const sandbox = await sandboxOf(alice.token);
    const scoped = await api.token(alice.token, { tenantId: t.id, role: 'sandbox', sandboxId: sandbox.id });
    const path = `/v1/sandboxes/${sandbox.id}/kubeconfig`;

    for (const token of [alice.token, t.adminToken, ADMIN_TOKEN]) await api.as(token).get(path).expect(200);
    for (const token of [bob.token, other.adminToken]) {
      const res = await api.as(token).get(path).expect(404);
      expect(res.body).toMatchObject({ code: 'NOT_FOUND' });
    }
    for (const token of [instructor.token, scoped.token]) {
      const res = await api.as(token).get(path).expect(403);
      expect(res.body).toMatchObject({ code: 'FORBIDDEN' });
    }
    await api.as('ksb_nope').get(path).expect(401);
    await api.as(t.adminToken).get('/v1/sandboxes/sb-doesnotexist0/kubeconfig').expect(404);
  });

  it('is documented in the OpenAPI document', async () => {
    const docs = await api.as(ADMIN_TOKEN).get('/docs-json').expect(200);
    const paths = (docs.body as { paths: Record<string, { get?: { parameters?: { name: string }[] } }> }).paths;
    expect(paths['/v1/sandboxes/{id}/kubeconfig']?.get?.parameters?.map((p) => p.name)).toEqual(['id', 'server']);
  });
});
