import type { Pod } from 'kubernetes-types/core/v1';
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

export const WAIT = { timeoutMs: 45_000, intervalMs: 100 };

/** The control plane end to end: the Kubernetes endpoint and API in the test, the worker as its own process. */
export interface ControlPlane {
  api: ApiContext;
  tenant: { id: string; adminToken: string };
  /** The running worker process (tests may kill it and start another). */
  worker: WorkerProcess;
  startWorker(): Promise<WorkerProcess>;
  /** A fresh fast-profile sandbox (3 equal worker nodes unless the body says otherwise) and kubectl for it. */
  cluster(body?: object): Promise<{ id: string; kubectl: Kubectl }>;
}

/**
 * Registers the suite's setup: a database and Redis prefix of its own (the worker's resync acts on every
 * sandbox it can see, and other suites' sandboxes must stay as their tests leave them), the endpoint,
 * the API, a tenant and a worker process with a 2 s resync.
 */
export function useControlPlane(suffix: string): ControlPlane {
  let kube: KubeEndpoint | undefined;
  let scratch: ScratchDatabase | undefined;
  const saved = { DATABASE_URL: process.env.DATABASE_URL, KSB_REDIS_PREFIX: process.env.KSB_REDIS_PREFIX };
  const startWorker = () => startWorkerProcess({ RESYNC_INTERVAL_SECONDS: '2' });
  const env = {
    startWorker,
    async cluster(body: object = {}) {
      const { id } = await env.api.sandbox(env.tenant.adminToken, body);
      const config = await env.api.as(env.tenant.adminToken).get(`/v1/sandboxes/${id}/kubeconfig`).expect(200);
      return { id, kubectl: await createKubectl(config.text) };
    },
  } as ControlPlane;

  beforeAll(async () => {
    scratch = await createScratchDatabase(requireTestEnv().databaseUrl, suffix);
    process.env.DATABASE_URL = scratch.url;
    process.env.KSB_REDIS_PREFIX = `${requireTestEnv().prefix}${suffix}`;
    kube = await startKubeEndpoint();
    process.env.KUBE_PORT = String(kube.port);
    env.api = await createApiContext();
    env.tenant = await env.api.tenant('control-plane');
    env.worker = await startWorker();
  });
  afterAll(async () => {
    await env.worker?.kill('SIGTERM');
    await kube?.close();
    await env.api?.app.close();
    await scratch?.drop();
    Object.assign(process.env, saved);
  });
  return env;
}

/** kubectl's stdout; a non-zero exit fails with its stderr. */
export async function ok(kubectl: Kubectl, args: string[], stdin?: string): Promise<string> {
  const result = await kubectl.run(args, { stdin, timeoutMs: 60_000 });
  if (result.code !== 0) throw new Error(`kubectl ${args.join(' ')} exited ${result.code}: ${result.stderr}`);
  return result.stdout;
}

export const pods = async (kubectl: Kubectl, selector: string): Promise<Pod[]> =>
  (JSON.parse(await ok(kubectl, ['get', 'pods', '-l', selector, '-o', 'json'])) as { items: Pod[] }).items;

export const isReady = (pod: Pod): boolean =>
  !pod.metadata?.deletionTimestamp &&
  pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;

/** Waits until exactly `count` pods match the selector and all are Ready. */
export const readyPods = (kubectl: Kubectl, selector: string, count: number): Promise<Pod[]> =>
  eventually(async () => {
    const ready = (await pods(kubectl, selector)).filter(isReady);
    const all = await pods(kubectl, selector);
    return ready.length === count && all.length === count ? ready : false;
  }, WAIT);

export const deployment = (name: string, replicas: number, image = 'nginx:1.27', extra = '', cpu = '') => `
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
