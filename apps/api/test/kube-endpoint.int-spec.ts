import { PrismaService } from '@ksb/database';
import { createKubectl, type Kubectl } from '@ksb/testing';
import { ADMIN_TOKEN, type ApiContext, createApiContext } from './api-context';
import { type KubeEndpoint, startKubeEndpoint } from './kube-context';

const NOT_FOUND = {
  kind: 'Status',
  apiVersion: 'v1',
  metadata: {},
  status: 'Failure',
  message: 'the server could not find the requested resource',
  reason: 'NotFound',
  code: 404,
};
const UNAUTHORIZED = { ...NOT_FOUND, message: 'Unauthorized', reason: 'Unauthorized', code: 401 };

describe('Kubernetes endpoint: TLS, version, authentication and authorization (real kubectl)', () => {
  let kube: KubeEndpoint;
  let api: ApiContext;
  const kubectls: Kubectl[] = [];

  const kubectl = async (kubeconfig: string) => {
    const instance = await createKubectl(kubeconfig);
    kubectls.push(instance);
    return instance;
  };
  /** A tenant with a sandbox, and a kubeconfig for it from the platform API. */
  const tenantWithSandbox = async (name = 'school') => {
    const tenant = await api.tenant(name);
    const sandbox = await api.sandbox(tenant.adminToken, { name: 'lesson', preset: 'single', nodes: undefined });
    return { tenant, sandbox };
  };

  beforeAll(async () => {
    kube = await startKubeEndpoint();
    // The platform API writes kubeconfigs for KUBE_PORT: the port the endpoint got.
    process.env.KUBE_PORT = String(kube.port);
    api = await createApiContext();
  });
  afterAll(async () => {
    await Promise.all(kubectls.map((instance) => instance.dispose()));
    await kube.close();
    await api.app.close();
  });

  it('serves a kubeconfig from the platform API that real kubectl uses: Server Version v1.32', async () => {
    const { tenant, sandbox } = await tenantWithSandbox();
    const res = await api.as(tenant.adminToken).get(`/v1/sandboxes/${sandbox.id}/kubeconfig`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/yaml/);
    expect(res.headers['cache-control']).toBe('no-store');
    const yaml = res.text;
    expect(yaml).toContain(`server: "https://localhost:${kube.port}/clusters/${sandbox.id}"`);
    expect(yaml).toContain(`current-context: "lesson-${sandbox.id}"`);
    expect(yaml).toContain('namespace: "default"');
    expect(yaml).toContain(`certificate-authority-data: "${Buffer.from(kube.caPem).toString('base64')}"`);

    const k = await kubectl(yaml);
    const version = await k.run(['version']);
    expect(version).toMatchObject({ code: 0, stderr: '' });
    expect(version.stdout).toMatch(/^Server Version: v1\.32\.\d+$/m);
    const json = await k.run(['version', '-o', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      serverVersion: { major: '1', minor: '32', gitVersion: 'v1.32.2', platform: 'linux/amd64', compiler: 'gc' },
    });
    const context = await k.run(['config', 'view', '--minify', '-o', 'jsonpath={.contexts[0].context.namespace}']);
    expect(context.stdout).toBe('default');
  });

  it('answers with application/json Status objects, 404 for paths it does not serve yet', async () => {
    const { tenant, sandbox } = await tenantWithSandbox();
    const version = await kube.request('GET', `/clusters/${sandbox.id}/version?timeout=5s`, {
      token: tenant.adminToken,
    });
    expect(version.status).toBe(200);
    expect(version.headers['content-type']).toBe('application/json');
    const root = await kube.request('GET', '/version');
    expect([root.status, root.json()]).toEqual([200, version.json()]);

    const unknown = await kube.request('GET', `/clusters/${sandbox.id}/api/v1/namespaces/default/frobnicators`, {
      token: tenant.adminToken,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toBe('application/json');
    expect(unknown.json()).toEqual(NOT_FOUND);
    const outside = await kube.request('GET', '/elsewhere');
    expect([outside.status, outside.json()]).toEqual([404, NOT_FOUND]);

    const k = await kubectl(kube.kubeconfig(sandbox.id, tenant.adminToken));
    // --raw paths are absolute: they do not get the server URL's path, so they carry the prefix.
    const raw = await k.run(['get', '--raw', `/clusters/${sandbox.id}/apis/nothing.example.com/v1`]);
    expect(raw.code).toBe(1);
    expect(raw.stderr).toContain('Error from server (NotFound): the server could not find the requested resource');
  });

  it('answers 401 Unauthorized to no token, a bad token and a revoked token', async () => {
    const { tenant, sandbox } = await tenantWithSandbox();
    const path = `/clusters/${sandbox.id}/api/v1/namespaces/default/pods`;
    for (const token of [undefined, 'ksb_not-a-token']) {
      const res = await kube.request('GET', path, { token });
      expect([res.status, res.json()]).toEqual([401, UNAUTHORIZED]);
    }
    // 401 comes before anything else: also for a sandbox that does not exist, and a body never read.
    const unknown = await kube.request('POST', '/clusters/sb-unknown/api/v1/namespaces', { body: '{}' });
    expect(unknown.status).toBe(401);

    const scoped = await api.token(tenant.adminToken, { tenantId: tenant.id, role: 'sandbox', sandboxId: sandbox.id });
    const k = await kubectl(kube.kubeconfig(sandbox.id, scoped.token));
    expect((await k.run(['version'])).code).toBe(0);
    await api.as(tenant.adminToken).delete(`/v1/tokens/${scoped.id}`).expect(200);
    const revoked = await kube.request('GET', `/clusters/${sandbox.id}/version`, { token: scoped.token });
    expect([revoked.status, revoked.json()]).toEqual([401, UNAUTHORIZED]);
    const get = await k.run(['get', '--raw', `/clusters/${sandbox.id}/api/v1/namespaces`]);
    expect(get.code).toBe(1);
    expect(get.stderr).toContain('error: You must be logged in to the server (Unauthorized)');
    // Discovery does not decode error bodies: there kubectl words it as it does against a real cluster.
    const version = await k.run(['version']);
    expect(version.code).toBe(1);
    expect(version.stdout).not.toContain('Server Version');
    expect(version.stderr).toContain(
      'error: You must be logged in to the server (the server has asked for the client to provide credentials)',
    );
  });

  it("hides another tenant's sandbox, unknown and expired sandboxes as 404", async () => {
    const a = await tenantWithSandbox('a');
    const b = await tenantWithSandbox('b');
    const learner = await api.token(b.tenant.adminToken, { tenantId: b.tenant.id, role: 'learner' });
    for (const token of [b.tenant.adminToken, learner.token]) {
      const res = await kube.request('GET', `/clusters/${a.sandbox.id}/version`, { token });
      expect([res.status, res.json()]).toEqual([404, NOT_FOUND]);
    }
    const k = await kubectl(kube.kubeconfig(a.sandbox.id, b.tenant.adminToken));
    const version = await k.run(['version']);
    expect(version.code).toBe(1);
    expect(version.stderr).toContain('Error from server (NotFound): the server could not find the requested resource');

    const unknown = await kube.request('GET', '/clusters/sb-doesnotexist0/version', { token: ADMIN_TOKEN });
    expect([unknown.status, unknown.json()]).toEqual([404, NOT_FOUND]);

    await api.app.get(PrismaService).sandbox.update({
      where: { id: b.sandbox.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await kube.request('GET', `/clusters/${b.sandbox.id}/version`, { token: b.tenant.adminToken });
    expect([expired.status, expired.json()]).toEqual([404, NOT_FOUND]);
  });

  it('keeps a sandbox-scoped kubeconfig to its own sandbox', async () => {
    const { tenant, sandbox } = await tenantWithSandbox();
    const other = await api.sandbox(tenant.adminToken, { name: 'other', preset: 'single', nodes: undefined });
    const res = await api.as(tenant.adminToken).get(`/v1/sandboxes/${sandbox.id}/kubeconfig`).expect(200);
    const token = /token: "([^"]+)"/.exec(res.text)?.[1] ?? '';
    expect((await kube.request('GET', `/clusters/${sandbox.id}/version`, { token })).status).toBe(200);
    const denied = await kube.request('GET', `/clusters/${other.id}/version`, { token });
    expect([denied.status, denied.json()]).toEqual([404, NOT_FOUND]);
    for (const path of [`/clusters/${sandbox.id}/../${other.id}/version`, `/clusters/${sandbox.id}/%2E%2E/x/version`]) {
      const dots = await kube.request('GET', path, { token });
      expect([path, dots.status]).toEqual([path, 404]);
    }
    const k = await kubectl(res.text.replace(`/clusters/${sandbox.id}`, `/clusters/${other.id}`));
    const version = await k.run(['version']);
    expect(version.stderr).toContain('Error from server (NotFound)');
  });

  it('lets an instructor read but answers its writes with 403 Forbidden in upstream words', async () => {
    const { tenant, sandbox } = await tenantWithSandbox();
    const instructor = await api.token(tenant.adminToken, { tenantId: tenant.id, role: 'instructor' });
    const base = `/clusters/${sandbox.id}`;
    const read = await kube.request('GET', `${base}/api/v1/namespaces/default/pods`, { token: instructor.token });
    expect(read.status).toBe(200);
    expect((await kube.request('GET', `${base}/version`, { token: instructor.token })).status).toBe(200);

    const user = instructor.userId ?? '';
    const cases: Array<[string, string, string]> = [
      [
        'POST',
        '/api/v1/namespaces/default/pods',
        `pods is forbidden: User "${user}" cannot create resource "pods" in API group "" in the namespace "default"`,
      ],
      [
        'DELETE',
        '/apis/apps/v1/namespaces/web/deployments/frontend',
        `deployments.apps "frontend" is forbidden: User "${user}" cannot delete resource "deployments" in API group "apps" in the namespace "web"`,
      ],
      [
        'PATCH',
        '/apis/apps/v1/namespaces/default/deployments/web/scale',
        `deployments.apps "web" is forbidden: User "${user}" cannot patch resource "deployments/scale" in API group "apps" in the namespace "default"`,
      ],
      [
        'PUT',
        '/api/v1/nodes/node-1',
        `nodes "node-1" is forbidden: User "${user}" cannot update resource "nodes" in API group "" at the cluster scope`,
      ],
      ['POST', '/logs', `forbidden: User "${user}" cannot post path "/logs"`],
    ];
    for (const [method, path, message] of cases) {
      const res = await kube.request(method, base + path, { token: instructor.token, body: '{}' });
      expect([method, path, res.status, res.json()]).toEqual([
        method,
        path,
        403,
        expect.objectContaining({ kind: 'Status', status: 'Failure', reason: 'Forbidden', code: 403, message }),
      ]);
    }
    const denied = await kube.request('POST', `${base}/api/v1/namespaces/default/configmaps`, {
      token: instructor.token,
    });
    expect(denied.json()).toMatchObject({ details: { kind: 'configmaps' } });

    const k = await kubectl(kube.kubeconfig(sandbox.id, instructor.token));
    const create = await k.run(['create', '--raw', `${base}/api/v1/namespaces/default/configmaps`, '-f', '-'], {
      stdin: JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }),
    });
    expect(create.code).toBe(1);
    expect(create.stderr).toContain(
      `Error from server (Forbidden): configmaps is forbidden: User "${user}" cannot create resource "configmaps" in API group "" in the namespace "default"`,
    );
    // A learner owning the sandbox may write: the request gets past authorization to validation.
    const learner = await api.token(tenant.adminToken, { tenantId: tenant.id, role: 'learner' });
    const owned = await api.sandbox(tenant.adminToken, { ownerId: learner.userId, preset: 'single', nodes: undefined });
    const write = await kube.request('POST', `/clusters/${owned.id}/api/v1/namespaces/default/pods`, {
      token: learner.token,
      body: '{}',
    });
    expect([write.status, write.json()]).toEqual([422, expect.objectContaining({ reason: 'Invalid', code: 422 })]);
  });

  it('keeps its CA across restarts: a kubeconfig issued before still verifies', async () => {
    const { tenant, sandbox } = await tenantWithSandbox();
    const res = await api.as(tenant.adminToken).get(`/v1/sandboxes/${sandbox.id}/kubeconfig`).expect(200);
    const k = await kubectl(res.text);
    expect((await k.run(['version'])).code).toBe(0);
    const { port, caPem } = kube;
    await kube.close();
    kube = await startKubeEndpoint({ port });
    expect(kube.caPem).toBe(caPem);
    const again = await k.run(['version']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Server Version: v1\.32\.\d+$/m);
    const rows = await api.app.get(PrismaService).clusterAuthority.count({ where: { name: 'cluster' } });
    expect(rows).toBe(1);
  });
});
