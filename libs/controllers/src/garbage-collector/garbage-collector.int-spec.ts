import type { TestingModule } from '@nestjs/testing';
import type { KubeObject } from '@ksb/store';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { ClusterControllersModule } from '../cluster-controllers.module';
import { DaemonSetController } from '../daemonset/daemonset.controller';
import { clusterTestKit, type ClusterTestKit, namesOf, podBody } from '../endpoints/cluster-test-helpers';
import { EndpointSliceController } from '../endpointslices/endpointslice.controller';
import { GarbageCollectorController } from './garbage-collector.controller';

const RS = 'replicasets.apps';
const DEPLOY = 'deployments.apps';

const refTo = (owner: KubeObject, block = true) => ({
  apiVersion: owner.apiVersion ?? '',
  kind: owner.kind ?? '',
  name: owner.metadata.name ?? '',
  uid: owner.metadata.uid ?? '',
  controller: true,
  blockOwnerDeletion: block,
});

const template = (labels: Record<string, string>) => ({
  metadata: { labels },
  spec: { containers: [{ name: 'app', image: 'nginx' }] },
});

describe('GarbageCollectorController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let gc: GarbageCollectorController;
  let kit: ClusterTestKit;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [ClusterControllersModule] });
    gc = moduleRef.get(GarbageCollectorController);
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard' });
    kit = clusterTestKit(moduleRef, sandboxId);
  });

  const replicaSet = (name: string, owner?: KubeObject) =>
    kit.create(RS, 'default', {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name, ...(owner ? { ownerReferences: [refTo(owner)] } : {}) },
      spec: { replicas: 1, selector: { matchLabels: { app: name } }, template: template({ app: name }) },
    });
  const ownedPod = async (name: string, owner: KubeObject, bound = true) => {
    const pod = await kit.create('pods', 'default', {
      ...podBody(name, { app: owner.metadata.name ?? '' }),
      metadata: { name, labels: { app: owner.metadata.name ?? '' }, ownerReferences: [refTo(owner)] },
    });
    if (bound) await kit.runPod('default', name, { ip: '10.244.1.9' });
    return pod;
  };
  const exists = async (resource: string, name: string) => (await kit.find(resource, 'default', name)) !== undefined;

  it('does nothing while owners exist', async () => {
    const rs = await replicaSet('web');
    await ownedPod('web-a', rs);
    const revision = await kit.revision();
    await gc.reconcile(kit.sandboxId);
    expect(await kit.revision()).toBe(revision);
  });

  it('background: a deleted DaemonSet takes its pods (gracefully) and revisions along', async () => {
    const daemonSets = moduleRef.get(DaemonSetController);
    await kit.create('daemonsets.apps', 'default', {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name: 'agent' },
      spec: { selector: { matchLabels: { app: 'agent' } }, template: template({ app: 'agent' }) },
    });
    await kit.settle(daemonSets);
    const pods = await kit.list('pods', 'default');
    expect(pods).toHaveLength(2);
    await kit.runPod('default', pods[0].metadata.name ?? '', { ip: '10.244.1.20' });

    await kit.objects.delete(kit.scope('daemonsets.apps', 'default'), 'agent');
    await kit.settle(gc);
    expect(await kit.list('controllerrevisions.apps', 'default')).toEqual([]);
    // The running pod is in its grace period (the kubelet removes it); the unscheduled one went at once.
    const left = await kit.list('pods', 'default');
    expect(namesOf(left)).toEqual([pods[0].metadata.name]);
    expect(left[0].metadata.deletionTimestamp).toBeDefined();
    await kit.removePod('default', pods[0].metadata.name ?? '');
    expect(await kit.settle(gc)).toBe(0);
  });

  it('background: keeps a dependent with another owner, dropping the absent one', async () => {
    const a = await replicaSet('a');
    const b = await replicaSet('b');
    await kit.create('configmaps', 'default', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'shared', ownerReferences: [refTo(a), { ...refTo(b), controller: false }] },
    });
    await kit.objects.delete(kit.scope(RS, 'default'), 'a');
    await kit.settle(gc);
    expect((await kit.find('configmaps', 'default', 'shared'))?.metadata.ownerReferences).toEqual([
      expect.objectContaining({ name: 'b' }),
    ]);
  });

  it('foreground: Deployment waits for its ReplicaSet, which waits for its pod', async () => {
    const deployment = await kit.create(DEPLOY, 'default', {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) },
    });
    const rs = await replicaSet('web-1', deployment);
    await ownedPod('web-1-a', rs);

    await kit.objects.delete(kit.scope(DEPLOY, 'default'), 'web', { propagationPolicy: 'Foreground' });
    await kit.settle(gc);
    // The ReplicaSet is deleted in the foreground too (it owns a pod); the pod is terminating.
    expect((await kit.find(RS, 'default', 'web-1'))?.metadata).toMatchObject({ finalizers: ['foregroundDeletion'] });
    expect((await kit.find('pods', 'default', 'web-1-a'))?.metadata.deletionTimestamp).toBeDefined();
    expect((await kit.find(DEPLOY, 'default', 'web'))?.metadata.finalizers).toEqual(['foregroundDeletion']);

    await kit.removePod('default', 'web-1-a');
    await kit.settle(gc);
    expect(await exists(RS, 'web-1')).toBe(false);
    expect(await exists(DEPLOY, 'web')).toBe(false);
  });

  it('orphan: dependents lose the owner reference and stay', async () => {
    const rs = await replicaSet('web');
    await ownedPod('web-a', rs);
    await ownedPod('web-b', rs, false);
    await kit.objects.delete(kit.scope(RS, 'default'), 'web', { propagationPolicy: 'Orphan' });
    await kit.settle(gc);
    expect(await exists(RS, 'web')).toBe(false);
    const pods = await kit.list('pods', 'default');
    expect(namesOf(pods)).toEqual(['web-a', 'web-b']);
    expect(pods.map((p) => p.metadata.ownerReferences)).toEqual([undefined, undefined]);
  });

  it("removes a deleted Service's EndpointSlices, and a foreground-deleted Service goes after them", async () => {
    const slices = moduleRef.get(EndpointSliceController);
    const service = (name: string) =>
      kit.create('services', 'default', {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name },
        spec: { selector: { app: name }, ports: [{ port: 80 }] },
      });
    await service('web');
    const api = await service('api');
    await kit.settle(slices);
    const slicesOf = async (name: string) =>
      (await kit.list('endpointslices.discovery.k8s.io', 'default')).filter(
        (s) => s.metadata.labels?.['kubernetes.io/service-name'] === name,
      );
    expect(await slicesOf('web')).toHaveLength(1);

    await kit.objects.delete(kit.scope('services', 'default'), 'web');
    await kit.objects.delete(kit.scope('services', 'default'), 'api', { propagationPolicy: 'Foreground' });
    expect(await exists('services', 'api')).toBe(true);
    await gc.reconcile(kit.sandboxId);
    // The slice controller does not put a placeholder back while the Service waits for deletion.
    await slices.reconcile(kit.sandboxId);
    expect(await slicesOf('api')).toEqual([]);
    expect(await exists('services', 'api')).toBe(true);
    await kit.settle(gc);
    expect(await slicesOf('web')).toEqual([]);
    expect(await slicesOf('api')).toEqual([]);
    expect(await exists('services', 'api')).toBe(false);
    // Its cluster IP went back: a new Service may take the same address.
    const clusterIP = (api.spec as { clusterIP: string }).clusterIP;
    const again = await kit.create('services', 'default', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'again' },
      spec: { clusterIP, ports: [{ port: 80 }] },
    });
    expect((again.spec as { clusterIP: string }).clusterIP).toBe(clusterIP);
  });
});
