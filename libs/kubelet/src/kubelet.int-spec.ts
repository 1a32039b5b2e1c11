import type { TestingModule } from '@nestjs/testing';
import type { Pod } from 'kubernetes-types/core/v1';
import type { Lease } from 'kubernetes-types/coordination/v1';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import { StoreService } from '@ksb/store';
import { createControlPlaneContext, eventually, provisionSandbox } from '@ksb/testing';
import { NodeAgentsService } from './agents/node-agents.service';
import { KubeletController } from './kubelet.controller';
import { KubeletModule } from './kubelet.module';

describe('kubelet (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let kubelet: KubeletController;
  let objects: ObjectsService;
  let store: StoreService;
  let sandboxId: string;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [KubeletModule] });
    kubelet = moduleRef.get(KubeletController);
    objects = moduleRef.get(ObjectsService);
    store = moduleRef.get(StoreService);
    ({ sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard', profile: 'fast' }));
  });
  afterAll(() => moduleRef.close());

  const scope = () => ({ sandboxId, kind: kindFor('pods'), namespace: 'default' });
  const getPod = async (name: string) => (await objects.get(scope(), name)) as Pod;
  /** Runs the kubelet as its queue would: again while it asks to come back. */
  const settle = async (until: () => Promise<boolean>) =>
    eventually(async () => {
      await kubelet.reconcile(sandboxId);
      return (await until()) || false;
    });

  const bound = (name: string, node: string, extra: Partial<Pod['spec']> = {}) =>
    objects.create(scope(), {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name },
      spec: { nodeName: node, containers: [{ name: 'web', image: 'nginx:1.27' }], ...extra },
    });

  it('runs a bound pod: IP from the node CIDR, Running and Ready, with the kubelet events', async () => {
    await bound('web', 'node-1');
    await settle(async () => (await getPod('web')).status?.phase === 'Running');
    const pod = await getPod('web');
    expect(pod.status?.podIP).toMatch(/^10\.244\.1\.\d+$/);
    expect(pod.status?.hostIP).toBe(pod.status?.hostIPs?.[0].ip);
    expect(pod.status?.startTime).toBeDefined();
    expect(pod.status?.conditions?.map((c) => `${c.type}=${c.status}`)).toEqual([
      'PodReadyToStartContainers=True',
      'Initialized=True',
      'Ready=True',
      'ContainersReady=True',
    ]);
    expect(pod.status?.containerStatuses?.[0]).toMatchObject({
      name: 'web',
      image: 'docker.io/library/nginx:1.27',
      ready: true,
      started: true,
      restartCount: 0,
      state: { running: {} },
    });
    const events = await store.list({ sandboxId, resource: 'events', namespace: 'default' });
    const reasons = events.items
      .filter((e) => (e.object.involvedObject as { name: string }).name === 'web')
      .map((e) => `${e.object.reason as string}: ${e.object.message as string}`);
    expect(reasons).toEqual([
      'Pulling: Pulling image "nginx:1.27"',
      expect.stringMatching(
        /^Pulled: Successfully pulled image "nginx:1.27" in \d+ms \(\d+ms including waiting\)\. Image size: \d+ bytes\.$/,
      ),
      'Created: Created container: web',
      'Started: Started container web',
    ]);
  });

  it('writes nothing when nothing is due', async () => {
    await kubelet.reconcile(sandboxId);
    const before = await store.currentRevision(sandboxId);
    await kubelet.reconcile(sandboxId);
    expect(await store.currentRevision(sandboxId)).toBe(before);
  });

  it('reuses a pulled image (IfNotPresent) and gives a new pod a new IP', async () => {
    const first = (await getPod('web')).status?.podIP;
    await objects.delete(scope(), 'web');
    await settle(async () => !(await store.find({ sandboxId, resource: 'pods', namespace: 'default', name: 'web' })));
    await bound('web', 'node-1');
    await settle(async () => (await getPod('web')).status?.phase === 'Running');
    expect((await getPod('web')).status?.podIP).not.toBe(first);
    const events = await store.list({ sandboxId, resource: 'events', namespace: 'default' });
    expect(events.items.map((e) => e.object.message)).toContain(
      'Container image "nginx:1.27" already present on machine',
    );
  });

  it('honours the grace period: Terminating, Killing, then gone', async () => {
    await bound('slow', 'node-2', { terminationGracePeriodSeconds: 30 });
    await settle(async () => (await getPod('slow')).status?.phase === 'Running');
    const result = await objects.delete(scope(), 'slow');
    expect(result.deleted).toBe(false);
    expect(result.object.metadata.deletionGracePeriodSeconds).toBe(30);
    await settle(async () => !(await store.find({ sandboxId, resource: 'pods', namespace: 'default', name: 'slow' })));
    const events = await store.list({ sandboxId, resource: 'events', namespace: 'default' });
    expect(events.items.map((e) => e.object.message)).toContain('Stopping container web');
  });

  it('leaves pods of a stopped node alone until it is restored, and renews live leases', async () => {
    const agents = moduleRef.get(NodeAgentsService);
    await agents.stop(sandboxId, 'node-2');
    await bound('frozen', 'node-2');
    await kubelet.reconcile(sandboxId);
    await kubelet.reconcile(sandboxId);
    expect((await getPod('frozen')).status?.hostIP).toBeUndefined();
    await agents.restore(sandboxId, 'node-2');
    await settle(async () => (await getPod('frozen')).status?.phase === 'Running');
    const lease = await store.get({
      sandboxId,
      resource: 'leases.coordination.k8s.io',
      namespace: 'kube-node-lease',
      name: 'node-1',
    });
    expect(Date.now() - Date.parse((lease.object as Lease).spec?.renewTime ?? '')).toBeLessThan(60_000);
  });
});
