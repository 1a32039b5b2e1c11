import type { Pod } from 'kubernetes-types/core/v1';
import { RedisConnections } from '@ksb/redis';
import { StoreService } from '@ksb/store';
import { createKubectl, eventually, type Kubectl, startWorkerProcess, type WorkerProcess } from '@ksb/testing';
import { type ApiContext, createApiContext } from './api-context';
import { type KubeEndpoint, startKubeEndpoint } from './kube-context';

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

  beforeAll(async () => {
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

  const deployment = (name: string, replicas: number, image = 'nginx:1.27', extra = '') => `
apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  selector: { matchLabels: { app: ${name} } }
  template:
    metadata: { labels: { app: ${name} } }
    spec:
      containers: [{ name: web, image: "${image}" }]${extra}
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
});
