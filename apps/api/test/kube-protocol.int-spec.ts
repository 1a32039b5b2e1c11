import { request as httpsRequest } from 'node:https';
import { RESOURCE_DEFINITIONS } from '@ksb/resources';
import { StoreService } from '@ksb/store';
import { createKubectl, eventually } from '@ksb/testing';
import { type ApiContext, createApiContext } from './api-context';
import { type KubeEndpoint, startKubeEndpoint } from './kube-context';

interface WatchLine {
  type: string;
  object: { kind?: string; code?: number; reason?: string; metadata?: { name?: string; resourceVersion?: string } };
}

describe('Kubernetes API protocol details (watch, bookmarks, Tables, bad input)', () => {
  let kube: KubeEndpoint;
  let api: ApiContext;
  let token: string;
  let sandboxId: string;
  let base: string;
  const open: Array<() => void> = [];

  /** Opens a watch and collects its events as they arrive. */
  const watch = (path: string): { lines: WatchLine[]; ended: () => boolean } => {
    const lines: WatchLine[] = [];
    let ended = false;
    let buffer = '';
    const req = httpsRequest(
      {
        host: 'localhost',
        port: kube.port,
        path: base + path,
        ca: kube.caPem,
        headers: { Authorization: `Bearer ${token}` },
      },
      (res) => {
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let newline;
          while ((newline = buffer.indexOf('\n')) >= 0) {
            lines.push(JSON.parse(buffer.slice(0, newline)) as WatchLine);
            buffer = buffer.slice(newline + 1);
          }
        });
        res.on('end', () => (ended = true));
      },
    );
    req.on('error', () => (ended = true));
    req.end();
    open.push(() => req.destroy());
    return { lines, ended: () => ended };
  };

  beforeAll(async () => {
    process.env.WATCH_BOOKMARK_MS = '200';
    kube = await startKubeEndpoint();
    process.env.KUBE_PORT = String(kube.port);
    api = await createApiContext();
    const tenant = await api.tenant('protocol');
    token = tenant.adminToken;
    sandboxId = (await api.sandbox(token, { preset: 'single', nodes: undefined })).id;
    base = `/clusters/${sandboxId}`;
  });
  afterAll(async () => {
    for (const close of open) close();
    await kube.close();
    await api.app.close();
  });

  const post = (path: string, body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) =>
    kube.request('POST', base + path, { token, body, headers });

  it('starts a watch without resourceVersion with the current state, then follows changes in order', async () => {
    await post('/api/v1/namespaces/default/configmaps', JSON.stringify({ metadata: { name: 'w1' } }));
    const events = watch('/api/v1/namespaces/default/configmaps?watch=true');
    await eventually(() => events.lines.length === 1);
    expect(events.lines[0]).toMatchObject({ type: 'ADDED', object: { kind: 'ConfigMap', metadata: { name: 'w1' } } });
    await post('/api/v1/namespaces/default/configmaps', JSON.stringify({ metadata: { name: 'w2' } }));
    await kube.request('DELETE', `${base}/api/v1/namespaces/default/configmaps/w1`, { token });
    await eventually(() => events.lines.length === 3);
    expect(events.lines.map((l) => [l.type, l.object.metadata?.name])).toEqual([
      ['ADDED', 'w1'],
      ['ADDED', 'w2'],
      ['DELETED', 'w1'],
    ]);
  });

  it('sends bookmarks to watches that ask for them', async () => {
    const list = await kube.request('GET', `${base}/api/v1/nodes`, { token });
    const rv = (list.json() as { metadata: { resourceVersion: string } }).metadata.resourceVersion;
    const events = watch(`/api/v1/nodes?watch=true&allowWatchBookmarks=true&resourceVersion=${rv}`);
    await eventually(() => events.lines.some((l) => l.type === 'BOOKMARK'));
    expect(events.lines.find((l) => l.type === 'BOOKMARK')).toEqual({
      type: 'BOOKMARK',
      object: { kind: 'Node', apiVersion: 'v1', metadata: { resourceVersion: rv } },
    });
  });

  it('answers a watch from a compacted resourceVersion with a 410 Expired ERROR event', async () => {
    for (let i = 0; i < 5; i++)
      await post('/api/v1/namespaces/default/configmaps', JSON.stringify({ metadata: { name: `c${i}` } }));
    await kube.app.get(StoreService).compact(sandboxId, 0, 2);
    const events = watch('/api/v1/namespaces/default/configmaps?watch=true&resourceVersion=1');
    await eventually(() => events.ended());
    expect(events.lines).toEqual([
      { type: 'ERROR', object: expect.objectContaining({ kind: 'Status', code: 410, reason: 'Expired' }) as unknown },
    ]);
  });

  it('embeds whole objects in Table rows for --sort-by (includeObject=Object)', async () => {
    const res = await kube.request('GET', `${base}/api/v1/namespaces?includeObject=Object`, {
      token,
      headers: { Accept: 'application/json;as=Table;v=v1;g=meta.k8s.io,application/json' },
    });
    const table = res.json() as { kind: string; rows: { object: { kind: string; status?: object } }[] };
    expect(table.kind).toBe('Table');
    expect(table.rows[0].object).toMatchObject({ kind: 'Namespace', status: { phase: 'Active' } });
  });

  it('binds a pod to a node once through pods/binding, and evicts through pods/eviction', async () => {
    const pods = '/api/v1/namespaces/default/pods';
    await post(
      pods,
      JSON.stringify({ metadata: { name: 'p1' }, spec: { containers: [{ name: 'c', image: 'nginx' }] } }),
    );
    const binding = (node: string) =>
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'Binding',
        metadata: { name: 'p1' },
        target: { kind: 'Node', name: node },
      });
    const bound = await post(`${pods}/p1/binding`, binding('control-plane'));
    expect([bound.status, bound.json()]).toEqual([201, expect.objectContaining({ kind: 'Status', status: 'Success' })]);
    const pod = await kube.request('GET', `${base}${pods}/p1`, { token });
    expect((pod.json() as { spec: { nodeName: string } }).spec.nodeName).toBe('control-plane');
    const again = await post(`${pods}/p1/binding`, binding('other'));
    expect([again.status, (again.json() as { message: string }).message]).toEqual([
      409,
      'Operation cannot be fulfilled on pods/binding "p1": pod p1 is already assigned to node "control-plane"',
    ]);
    const evicted = await post(
      `${pods}/p1/eviction`,
      JSON.stringify({ apiVersion: 'policy/v1', kind: 'Eviction', metadata: { name: 'p1' } }),
    );
    expect(evicted.status).toBe(201);
    // A bound pod is evicted gracefully: Terminating for its grace period, until its kubelet removes it
    // (no kubelet runs in this test).
    const terminating = (await kube.request('GET', `${base}${pods}/p1`, { token })).json() as {
      metadata: { deletionTimestamp?: string; deletionGracePeriodSeconds?: number };
    };
    expect(terminating.metadata.deletionTimestamp).toBeDefined();
    expect(terminating.metadata.deletionGracePeriodSeconds).toBe(30);
  });

  it('answers bad input with the upstream Status and persists nothing', async () => {
    const store = kube.app.get(StoreService);
    const before = await store.currentRevision(sandboxId);
    const cases: Array<[string, string, string, object, number, string]> = [
      ['POST', '/api/v1/namespaces/default/configmaps', '{"metadata": {', {}, 400, 'BadRequest'],
      [
        'POST',
        '/api/v1/namespaces/default/configmaps',
        JSON.stringify({ apiVersion: 'apps/v1', kind: 'ConfigMap', metadata: { name: 'x' } }),
        {},
        400,
        'BadRequest',
      ],
      [
        'POST',
        '/api/v1/namespaces/default/configmaps?fieldValidation=Strict',
        JSON.stringify({ metadata: { name: 'x' }, dta: {} }),
        {},
        400,
        'BadRequest',
      ],
      [
        'PUT',
        '/api/v1/namespaces/default/configmaps/w2',
        JSON.stringify({ metadata: { name: 'other' } }),
        {},
        400,
        'BadRequest',
      ],
      ['GET', '/api/v1/namespaces/default/configmaps?labelSelector=a%20in%20(', '', {}, 400, 'BadRequest'],
      ['GET', '/api/v1/namespaces/default/configmaps?resourceVersion=abc', '', {}, 400, 'BadRequest'],
      [
        'POST',
        '/api/v1/namespaces/default/configmaps',
        '{}',
        { 'Content-Type': 'text/plain' },
        415,
        'UnsupportedMediaType',
      ],
      [
        'POST',
        '/api/v1/namespaces/default/configmaps',
        JSON.stringify({ metadata: { name: 'Bad_Name' } }),
        {},
        422,
        'Invalid',
      ],
      [
        'POST',
        '/api/v1/namespaces/missing/configmaps',
        JSON.stringify({ metadata: { name: 'x' } }),
        {},
        404,
        'NotFound',
      ],
      [
        'POST',
        '/apis/metrics.k8s.io/v1beta1/namespaces/default/pods',
        JSON.stringify({ metadata: { name: 'x' } }),
        {},
        405,
        'MethodNotAllowed',
      ],
    ];
    for (const [method, path, body, headers, code, reason] of cases) {
      const res = await kube.request(method, base + path, {
        token,
        body: body || undefined,
        headers: { 'Content-Type': 'application/json', ...headers },
      });
      expect([method, path, res.status, res.headers['content-type'], res.json()]).toEqual([
        method,
        path,
        code,
        'application/json',
        expect.objectContaining({ kind: 'Status', status: 'Failure', code, reason }),
      ]);
    }
    expect(await store.currentRevision(sandboxId)).toBe(before);
  });

  it('lists every served kind with kubectl get -A', async () => {
    const config = await api.as(token).get(`/v1/sandboxes/${sandboxId}/kubeconfig`).expect(200);
    const kubectl = await createKubectl(config.text);
    try {
      for (const definition of RESOURCE_DEFINITIONS) {
        const name = definition.group ? `${definition.plural}.${definition.group}` : definition.plural;
        const result = await kubectl.run(['get', name, '-A']);
        expect([name, result.code, result.stderr.replace('No resources found\n', '')]).toEqual([name, 0, '']);
      }
    } finally {
      await kubectl.dispose();
    }
  });
});
