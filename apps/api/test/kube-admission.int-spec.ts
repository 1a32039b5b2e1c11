import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { createKubectl, type Kubectl, requireTestEnv } from '@ksb/testing';
import { type ApiContext, createApiContext } from './api-context';
import { type KubeEndpoint, startKubeEndpoint } from './kube-context';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';

const rows = (stdout: string): string[][] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s{2,}/));

const PASSWORD = 'hunter2-but-longer';
const TOKEN = 'tok-from-string-data';
const b64 = (text: string) => Buffer.from(text).toString('base64');

describe('admission with the real kubectl: service IPs and node ports, Secrets encrypted at rest', () => {
  let scratch: ScratchDatabase;
  let pool: Pool;
  let kube: KubeEndpoint;
  let api: ApiContext;
  let kubectl: Kubectl;
  let sandboxId: string;
  let token: string;

  beforeAll(async () => {
    // Its own database: the ENCRYPTION_KEY below seals the cluster CA row, which the other tests share.
    scratch = await createScratchDatabase(requireTestEnv().databaseUrl, 'adm');
    process.env.DATABASE_URL = scratch.url;
    process.env.ENCRYPTION_KEY = randomBytes(32).toString('base64');
    pool = new Pool({ connectionString: scratch.url, max: 2 });
    kube = await startKubeEndpoint();
    process.env.KUBE_PORT = String(kube.port);
    api = await createApiContext();
    const tenant = await api.tenant('admission');
    token = tenant.adminToken;
    sandboxId = (await api.sandbox(tenant.adminToken, { name: 'lesson', preset: 'standard', nodes: undefined })).id;
    const config = await api.as(tenant.adminToken).get(`/v1/sandboxes/${sandboxId}/kubeconfig`).expect(200);
    kubectl = await createKubectl(config.text);
  });
  afterAll(async () => {
    await kubectl?.dispose();
    await kube?.close();
    await api?.app.close();
    await pool?.end();
    await scratch?.drop();
  });

  const ok = async (args: string[], stdin?: string) => {
    const result = await kubectl.run(args, { stdin });
    expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 0, stderr: '' });
    return result.stdout;
  };
  const stored = async (): Promise<string> => {
    const { rows: bodies } = await pool.query<{ body: string }>(
      `SELECT body::text AS body FROM store_objects WHERE sandbox_id = $1
       UNION ALL SELECT body::text FROM store_changes WHERE sandbox_id = $1`,
      [sandboxId],
    );
    return bodies.map((row) => row.body).join('\n');
  };

  it('gives created services a cluster IP and node ports, shown by kubectl get svc', async () => {
    const manifest = (name: string, spec: object) =>
      JSON.stringify({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec });
    expect(
      await ok(
        ['create', '-f', '-'],
        manifest('web', { type: 'ClusterIP', selector: { app: 'web' }, ports: [{ port: 80, protocol: 'TCP' }] }),
      ),
    ).toBe('service/web created\n');
    expect(
      await ok(
        ['create', '-f', '-'],
        manifest('shop', {
          type: 'NodePort',
          selector: { app: 'shop' },
          ports: [{ port: 80, protocol: 'TCP', targetPort: 8080 }],
        }),
      ),
    ).toBe('service/shop created\n');
    const table = rows(await ok(['get', 'svc']));
    expect(table[0]).toEqual(['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE']);
    const byName = new Map(table.slice(1).map((row) => [row[0], row]));
    expect(byName.get('kubernetes')?.slice(1, 5)).toEqual(['ClusterIP', '10.96.0.1', '<none>', '443/TCP']);
    const [web, shop] = [byName.get('web') ?? [], byName.get('shop') ?? []];
    expect(web.slice(1, 5)).toEqual(['ClusterIP', expect.stringMatching(/^10\.\d+\.\d+\.\d+$/), '<none>', '80/TCP']);
    expect(shop.slice(1, 5)).toEqual([
      'NodePort',
      expect.stringMatching(/^10\.\d+\.\d+\.\d+$/),
      '<none>',
      expect.stringMatching(/^80:3\d{4}\/TCP$/),
    ]);
    expect(web[2]).not.toBe(shop[2]);
    const nodePort = Number(/^80:(\d+)\//.exec(shop[4])?.[1]);
    expect(nodePort).toBeGreaterThanOrEqual(30000);
    expect(nodePort).toBeLessThanOrEqual(32767);

    const taken = await kubectl.run(['create', '-f', '-'], {
      stdin: manifest('dup', { clusterIP: '10.96.0.10', ports: [{ port: 53 }] }),
    });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe(
      'The Service "dup" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.10"}: failed to allocate IP ' +
        '10.96.0.10: provided IP is already allocated\n',
    );
    const port = await kubectl.run(['create', '-f', '-'], {
      stdin: manifest('dup', { type: 'NodePort', ports: [{ port: 80, nodePort }] }),
    });
    expect(port.stderr).toBe(
      `The Service "dup" is invalid: spec.ports[0].nodePort: Invalid value: ${nodePort}: provided port is already allocated\n`,
    );
    expect((await kubectl.run(['get', 'svc', 'dup'])).code).toBe(1);
  });

  it('refuses JSON nested deeper than 100 levels with 400 BadRequest, writing nothing', async () => {
    const nested = (depth: number) =>
      JSON.stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `deep${depth}` } }).replace(
        /}$/,
        `,"data":null,"x":${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}}`,
      );
    const post = (body: string) =>
      kube.request('POST', `/clusters/${sandboxId}/api/v1/namespaces/default/configmaps`, {
        token,
        body,
        headers: { 'Content-Type': 'application/json' },
      });
    const deep = await post(nested(101));
    expect(deep.status).toBe(400);
    expect(deep.json()).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'BadRequest',
      code: 400,
      message: "couldn't get version/kind; json parse error: exceeded max depth of 100",
    });
    expect((await kubectl.run(['get', 'cm', 'deep101'])).code).toBe(1);
    // 100 levels are decoded (what happens next is up to validation).
    expect((await post(nested(100))).status).not.toBe(400);
  });

  it('serves Secret data as base64 while the database holds it only sealed', async () => {
    const secret = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'db' },
      type: 'Opaque',
      data: { password: b64(PASSWORD) },
      stringData: { token: TOKEN },
    });
    expect(await ok(['create', '-f', '-'], secret)).toBe('secret/db created\n');
    const field = async (name: string) =>
      Buffer.from(await ok(['get', 'secret', 'db', '-o', `jsonpath={.data.${name}}`]), 'base64').toString();
    expect(await field('password')).toBe(PASSWORD);
    expect(await field('token')).toBe(TOKEN);
    expect(rows(await ok(['get', 'secret', 'db']))[1].slice(0, 3)).toEqual(['db', 'Opaque', '2']);

    // kubectl apply copies the whole manifest, values included, into an annotation: sealed as well.
    const applied = JSON.stringify({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'applied' },
      stringData: { password: PASSWORD },
    });
    expect(await ok(['apply', '-f', '-'], applied)).toBe('secret/applied created\n');
    expect(await ok(['get', 'secret', 'applied', '-o', 'jsonpath={.metadata.annotations}'])).toContain(PASSWORD);

    const bodies = await stored();
    expect(bodies).toContain('k8s:enc:aesgcm:v1:');
    for (const text of [PASSWORD, b64(PASSWORD), TOKEN, b64(TOKEN)]) expect(bodies).not.toContain(text);
  });
});
