import type { Pod } from 'kubernetes-types/core/v1';
import { RedisConnections } from '@ksb/redis';
import { StoreService } from '@ksb/store';
import {
  createKubectl,
  eventually,
  type Kubectl,
  requireTestEnv,
  startWorkerProcess,
  type WorkerProcess,
} from '@ksb/testing';
import { type ApiContext, createApiContext } from './api-context';
import { type KubeEndpoint, startKubeEndpoint } from './kube-context';
import { createScratchDatabase, type ScratchDatabase } from './scratch-database';

interface PodList {
  items: Pod[];
}

const WAIT = { timeoutMs: 45_000, intervalMs: 100 };

/**
 * The control plane end to end: the real kubectl against the Kubernetes endpoint, the worker as its own
 * process (scheduler, controllers, kubelets), a fast-profile sandbox.
 */
describe('control plane with the real kubectl', () => {
  let kube: KubeEndpoint;
  let api: ApiContext;
  let worker: WorkerProcess;
  let tenant: { id: string; adminToken: string };

  let scratch: ScratchDatabase;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, KSB_REDIS_PREFIX: process.env.KSB_REDIS_PREFIX };

  beforeAll(async () => {
    // A database and Redis prefix of its own: the worker's resync acts on every sandbox it can see, and
    // other suites' sandboxes must stay as their tests leave them.
    scratch = await createScratchDatabase(requireTestEnv().databaseUrl, 'cp');
    process.env.DATABASE_URL = scratch.url;
    process.env.KSB_REDIS_PREFIX = `${requireTestEnv().prefix}cp`;
    kube = await startKubeEndpoint();
    process.env.KUBE_PORT = String(kube.port);
    api = await createApiContext();
    tenant = await api.tenant('control-plane');
    worker = await startWorkerProcess({ RESYNC_INTERVAL_SECONDS: '2' });
  });
  afterAll(async () => {
    await worker?.kill('SIGTERM');
    await kube?.close();
    await api?.app.close();
    await scratch?.drop();
    Object.assign(process.env, saved);
  });

  /** A fresh sandbox (3 equal worker nodes unless a preset is given) and kubectl for it. */
  const cluster = async (body: object = {}): Promise<{ id: string; kubectl: Kubectl }> => {
    const { id } = await api.sandbox(tenant.adminToken, body);
    const config = await api.as(tenant.adminToken).get(`/v1/sandboxes/${id}/kubeconfig`).expect(200);
    return { id, kubectl: await createKubectl(config.text) };
  };

  const ok = async (kubectl: Kubectl, args: string[], stdin?: string): Promise<string> => {
    const result = await kubectl.run(args, { stdin, timeoutMs: 60_000 });
    if (result.code !== 0) throw new Error(`kubectl ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
    return result.stdout;
  };
  const pods = async (kubectl: Kubectl, selector: string): Promise<Pod[]> =>
    (JSON.parse(await ok(kubectl, ['get', 'pods', '-l', selector, '-o', 'json'])) as PodList).items;
  const isReady = (pod: Pod) =>
    !pod.metadata?.deletionTimestamp &&
    pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;
  const readyPods = async (kubectl: Kubectl, selector: string, count: number): Promise<Pod[]> =>
    eventually(async () => {
      const ready = (await pods(kubectl, selector)).filter(isReady);
      const all = await pods(kubectl, selector);
      return ready.length === count && all.length === count ? ready : false;
    }, WAIT);

  const deployment = (name: string, replicas: number, image = 'nginx:1.27', extra = '', cpu = '') => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers: [{ name: web, image: "${image}"${cpu ? `, resources: { requests: { cpu: "${cpu}" } }` : ''} }]${extra}
`;

  it('a Deployment of 3 runs; a deleted pod is replaced by one with a new name and a new IP', async () => {
    const { kubectl } = await cluster();
    await ok(kubectl, ['apply', '-f', '-'], deployment('web', 3));
    const running = await readyPods(kubectl, 'app=web', 3);
    expect(running.every((pod) => pod.status?.phase === 'Running' && pod.status.podIP)).toBe(true);
    const victim = running[0];
    await ok(kubectl, ['delete', 'pod', victim.metadata?.name ?? '']);
    const after = await eventually(async () => {
      const now = await readyPods(kubectl, 'app=web', 3);
      return now.some((pod) => pod.metadata?.name === victim.metadata?.name) ? false : now;
    }, WAIT);
    const replacement = after.find((pod) => !running.some((old) => old.metadata?.name === pod.metadata?.name));
    expect(replacement?.metadata?.name).not.toBe(victim.metadata?.name);
    expect(replacement?.status?.podIP).toBeTruthy();
    expect(replacement?.status?.podIP).not.toBe(victim.status?.podIP);
    const table = await ok(kubectl, ['get', 'deploy', 'web']);
    expect(table).toMatch(/^web\s+3\/3\s+3\s+3\s+/m);

    // Orphaning: the Deployment goes, its ReplicaSet and pods stay, released.
    expect(await ok(kubectl, ['delete', 'deployment', 'web', '--cascade=orphan'])).toBe(
      'deployment.apps "web" deleted\n',
    );
    const owners = await ok(kubectl, [
      'get',
      'rs',
      '-l',
      'app=web',
      '-o',
      'jsonpath={.items[*].metadata.ownerReferences}',
    ]);
    expect(owners).toBe('');
    expect(await readyPods(kubectl, 'app=web', 3)).toHaveLength(3);
  });

  it('a ReplicaSet adopts a matching bare pod and deletes a surplus one', async () => {
    const { kubectl } = await cluster();
    await ok(kubectl, ['run', 'orphan', '--image=nginx:1.27', '--labels=app=web']);
    await readyPods(kubectl, 'app=web', 1);
    await ok(
      kubectl,
      ['apply', '-f', '-'],
      `
apiVersion: apps/v1
kind: ReplicaSet
metadata: { name: web }
spec:
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: web, image: "nginx:1.27" }] }
`,
    );
    const three = await readyPods(kubectl, 'app=web', 3);
    expect(three.map((p) => p.metadata?.name)).toContain('orphan');
    const orphan = three.find((p) => p.metadata?.name === 'orphan');
    expect(orphan?.metadata?.ownerReferences?.[0]).toMatchObject({ kind: 'ReplicaSet', name: 'web', controller: true });
    const events = await ok(kubectl, ['get', 'events', '--field-selector', 'involvedObject.kind=ReplicaSet']);
    expect(events.match(/SuccessfulCreate/g)).toHaveLength(2);

    await ok(kubectl, ['run', 'extra', '--image=nginx:1.27', '--labels=app=web']);
    await eventually(async () => {
      const names = (await pods(kubectl, 'app=web')).filter((p) => !p.metadata?.deletionTimestamp);
      return names.length === 3 && !names.some((p) => p.metadata?.name === 'extra');
    }, WAIT);
  });

  it('set image rolls without dropping below the ready floor; rollout status, history and undo', async () => {
    const { id, kubectl } = await cluster();
    await ok(kubectl, ['apply', '-f', '-'], deployment('roll', 3));
    const initial = await readyPods(kubectl, 'app=roll', 3);
    const store = api.app.get(StoreService);
    const watch = await store.watch(id, await store.currentRevision(id), { resource: 'pods', namespace: 'default' });
    const history: Array<{ name: string; ready: boolean; gone: boolean }> = [];
    const collecting = (async () => {
      for await (const event of watch) {
        const pod = event.object as Pod;
        history.push({ name: event.name, ready: isReady(pod), gone: event.type === 'DELETED' });
      }
    })();

    await ok(kubectl, ['set', 'image', 'deployment/roll', 'web=nginx:1.28']);
    const status = await ok(kubectl, ['rollout', 'status', 'deployment/roll', '--timeout=60s']);
    expect(status).toContain('deployment "roll" successfully rolled out');
    const images = await ok(kubectl, [
      'get',
      'pods',
      '-l',
      'app=roll',
      '-o',
      'jsonpath={.items[*].spec.containers[0].image}',
    ]);
    await eventually(async () => {
      const now = await readyPods(kubectl, 'app=roll', 3);
      return now.every((p) => p.spec?.containers[0].image === 'nginx:1.28');
    }, WAIT);
    watch.close();
    await collecting;
    // maxUnavailable 25% of 3 rounds down to 0: at no revision fewer than 3 pods were Ready
    const ready = new Map<string, boolean>(initial.map((pod) => [pod.metadata?.name ?? '', true]));
    let lowest = Infinity;
    for (const step of history) {
      if (step.gone) ready.delete(step.name);
      else ready.set(step.name, step.ready);
      lowest = Math.min(lowest, [...ready.values()].filter(Boolean).length);
    }
    expect(history.length).toBeGreaterThan(0);
    expect(lowest).toBeGreaterThanOrEqual(3);
    expect(images).toBeDefined();

    const revisions = await ok(kubectl, ['rollout', 'history', 'deployment/roll']);
    expect(revisions).toMatch(/REVISION\s+CHANGE-CAUSE/);
    expect(revisions).toMatch(/^1\s+/m);
    expect(revisions).toMatch(/^2\s+/m);

    await ok(kubectl, ['rollout', 'undo', 'deployment/roll']);
    await ok(kubectl, ['rollout', 'status', 'deployment/roll', '--timeout=60s']);
    const image = await ok(kubectl, [
      'get',
      'deployment',
      'roll',
      '-o',
      'jsonpath={.spec.template.spec.containers[0].image}',
    ]);
    expect(image).toBe('nginx:1.27');
    await eventually(async () => {
      const now = await readyPods(kubectl, 'app=roll', 3);
      return now.every((p) => p.spec?.containers[0].image === 'nginx:1.27');
    }, WAIT);
  });

  it('a StatefulSet creates web-0, web-1, web-2 in order; a deleted web-1 comes back with its PVC', async () => {
    const { id, kubectl } = await cluster();
    const store = api.app.get(StoreService);
    const watch = await store.watch(id, await store.currentRevision(id), { resource: 'pods', namespace: 'default' });
    const added: string[] = [];
    const collecting = (async () => {
      for await (const event of watch) if (event.type === 'ADDED') added.push(event.name);
    })();
    await ok(
      kubectl,
      ['apply', '-f', '-'],
      `
apiVersion: v1
kind: Service
metadata: { name: web }
spec:
  clusterIP: None
  selector: { app: web }
  ports: [{ port: 80 }]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: { name: web }
spec:
  serviceName: web
  replicas: 3
  selector: { matchLabels: { app: web } }
  template:
    metadata: { labels: { app: web } }
    spec: { containers: [{ name: nginx, image: "nginx:1.27", volumeMounts: [{ name: www, mountPath: /usr/share/nginx/html }] }] }
  volumeClaimTemplates:
  - metadata: { name: www }
    spec: { accessModes: [ReadWriteOnce], resources: { requests: { storage: 1Gi } } }
`,
    );
    await readyPods(kubectl, 'app=web', 3);
    expect(added).toEqual(['web-0', 'web-1', 'web-2']);
    const claimUid = async () =>
      (await ok(kubectl, ['get', 'pvc', 'www-web-1', '-o', 'jsonpath={.metadata.uid} {.status.phase}'])).split(' ');
    const [uid, phase] = await claimUid();
    expect(phase).toBe('Bound');
    const oldPod = await ok(kubectl, ['get', 'pod', 'web-1', '-o', 'jsonpath={.metadata.uid}']);
    await ok(kubectl, ['delete', 'pod', 'web-1']);
    await eventually(async () => {
      const now = await readyPods(kubectl, 'app=web', 3);
      const back = now.find((p) => p.metadata?.name === 'web-1');
      return back !== undefined && back.metadata?.uid !== oldPod;
    }, WAIT);
    expect((await claimUid())[0]).toBe(uid);
    const volume = await ok(kubectl, [
      'get',
      'pod',
      'web-1',
      '-o',
      'jsonpath={.spec.volumes[?(@.name=="www")].persistentVolumeClaim.claimName}',
    ]);
    expect(volume).toBe('www-web-1');
    watch.close();
    await collecting;
  });

  it('schedules as kube-scheduler: FailedScheduling for too much CPU, 2/2/2 spreading, taints', async () => {
    const { kubectl } = await cluster();
    await ok(kubectl, ['apply', '-f', '-'], deployment('big', 1, 'nginx:1.27', '', '16'));
    const message = await eventually(async () => {
      const events = await ok(kubectl, [
        'get',
        'events',
        '--field-selector',
        'reason=FailedScheduling',
        '-o',
        'jsonpath={.items[*].message}',
      ]);
      return events || false;
    }, WAIT);
    expect(message).toContain('0/3 nodes are available: 3 Insufficient cpu.');
    const phase = await ok(kubectl, ['get', 'pods', '-l', 'app=big', '-o', 'jsonpath={.items[0].status.phase}']);
    expect(phase).toBe('Pending');
    const describe = await ok(kubectl, ['describe', 'pods', '-l', 'app=big']);
    expect(describe).toMatch(
      /Warning\s+FailedScheduling\s+.*default-scheduler\s+0\/3 nodes are available: 3 Insufficient cpu\./,
    );

    await ok(kubectl, ['apply', '-f', '-'], deployment('spread', 6));
    const spread = await readyPods(kubectl, 'app=spread', 6);
    const perNode = new Map<string, number>();
    for (const pod of spread) perNode.set(pod.spec?.nodeName ?? '', (perNode.get(pod.spec?.nodeName ?? '') ?? 0) + 1);
    expect([...perNode.values()]).toEqual([2, 2, 2]);

    await ok(kubectl, ['taint', 'nodes', 'node-1', 'dedicated=gpu:NoSchedule']);
    await ok(kubectl, ['apply', '-f', '-'], deployment('plain', 4));
    const plain = await readyPods(kubectl, 'app=plain', 4);
    expect(plain.map((p) => p.spec?.nodeName)).not.toContain('node-1');
    await ok(
      kubectl,
      ['apply', '-f', '-'],
      deployment(
        'gpu',
        3,
        'nginx:1.27',
        `
      tolerations: [{ key: dedicated, operator: Equal, value: gpu, effect: NoSchedule }]
      nodeSelector: { kubernetes.io/hostname: node-1 }
`,
      ),
    );
    const gpu = await readyPods(kubectl, 'app=gpu', 3);
    expect(gpu.map((p) => p.spec?.nodeName)).toEqual(['node-1', 'node-1', 'node-1']);
  });

  it('a stopped node turns NotReady and its pods come back elsewhere; restored, it is Ready again', async () => {
    const { id, kubectl } = await cluster();
    await ok(kubectl, ['apply', '-f', '-'], deployment('heal', 3));
    const before = await readyPods(kubectl, 'app=heal', 3);
    const node = before[0].spec?.nodeName ?? '';
    await api.as(tenant.adminToken).post(`/v1/sandboxes/${id}/nodes/${node}/stop`).expect(200);
    await eventually(async () => (await ok(kubectl, ['get', 'node', node])).includes('NotReady'), WAIT);
    const taints = await ok(kubectl, ['get', 'node', node, '-o', 'jsonpath={.spec.taints[*].key}']);
    expect(taints).toContain('node.kubernetes.io/unreachable');
    const replaced = await eventually(async () => {
      const live = (await pods(kubectl, 'app=heal')).filter(isReady);
      return live.length === 3 && live.every((p) => p.spec?.nodeName !== node) ? live : false;
    }, WAIT);
    expect(replaced).toHaveLength(3);
    const events = await ok(kubectl, ['get', 'events', '-A']);
    expect(events).toContain('TaintManagerEviction');
    expect(events).toContain(`Node ${node} status is now: NodeNotReady`);

    await api.as(tenant.adminToken).post(`/v1/sandboxes/${id}/nodes/${node}/restore`).expect(200);
    await eventually(async () => /\sReady\s/.test(await ok(kubectl, ['get', 'node', node])), WAIT);
    // the evicted pods finish terminating once their kubelet is back
    await eventually(async () => (await pods(kubectl, 'app=heal')).length === 3, WAIT);
  });

  it('another tenant cannot stop nodes, kill pods or read scheduling decisions of this sandbox', async () => {
    const { id, kubectl } = await cluster();
    await ok(kubectl, ['run', 'solo', '--image=nginx:1.27']);
    await readyPods(kubectl, 'run=solo', 1);
    const other = await api.tenant('intruder');
    await api.as(other.adminToken).post(`/v1/sandboxes/${id}/nodes/node-1/stop`).expect(404);
    await api.as(other.adminToken).post(`/v1/sandboxes/${id}/namespaces/default/pods/solo/kill`).expect(404);
    await api.as(other.adminToken).get(`/v1/sandboxes/${id}/namespaces/default/pods/solo/scheduling`).expect(404);
    const decision = await api
      .as(tenant.adminToken)
      .get(`/v1/sandboxes/${id}/namespaces/default/pods/solo/scheduling`)
      .expect(200);
    expect(decision.body).toMatchObject({ pod: { name: 'solo' }, message: null });
    expect((decision.body as { nodes: Array<{ chosen: boolean }> }).nodes.filter((n) => n.chosen)).toHaveLength(1);
    await api.as(tenant.adminToken).post(`/v1/sandboxes/${id}/namespaces/default/pods/solo/kill`).expect(200);
    await eventually(async () => (await pods(kubectl, 'run=solo')).length === 0, WAIT);
    await api.as(tenant.adminToken).post(`/v1/sandboxes/${id}/nodes/node-9/stop`).expect(404);
  });

  it('a rollout survives a killed worker; after Redis loses its data everything converges through resync', async () => {
    const { kubectl } = await cluster();
    await ok(kubectl, ['apply', '-f', '-'], deployment('tough', 4));
    await readyPods(kubectl, 'app=tough', 4);
    await ok(kubectl, ['set', 'image', 'deployment/tough', 'web=nginx:1.28']);
    await worker.kill('SIGKILL');
    worker = await startWorkerProcess({ RESYNC_INTERVAL_SECONDS: '2' });
    await ok(kubectl, ['rollout', 'status', 'deployment/tough', '--timeout=60s']);
    await eventually(async () => {
      const now = await readyPods(kubectl, 'app=tough', 4);
      return now.every((p) => p.spec?.containers[0].image === 'nginx:1.28');
    }, WAIT);

    // A change whose jobs are lost with everything else this service keeps in Redis: only the new
    // worker's resync, reading the store, can find the work.
    await worker.kill('SIGKILL');
    await ok(kubectl, ['scale', 'deployment/tough', '--replicas=2']);
    const redis = api.app.get(RedisConnections);
    const keys = await redis.client.keys(`${redis.prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.client.del(...keys);
    worker = await startWorkerProcess({ RESYNC_INTERVAL_SECONDS: '2' });
    await readyPods(kubectl, 'app=tough', 2);
    await ok(kubectl, ['scale', 'deployment/tough', '--replicas=5']);
    await readyPods(kubectl, 'app=tough', 5);
  }, 180_000);
});
