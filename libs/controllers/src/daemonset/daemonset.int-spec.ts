import type { TestingModule } from '@nestjs/testing';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import type { KubeObject } from '@ksb/store';
import { ClusterControllersModule } from '../cluster-controllers.module';
import { clusterTestKit, type ClusterTestKit, namesOf } from '../endpoints/cluster-test-helpers';
import { targetNodeName } from './daemon-pods';
import { DaemonSetController } from './daemonset.controller';

const DS = 'daemonsets.apps';

describe('DaemonSetController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let controller: DaemonSetController;
  let kit: ClusterTestKit;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [ClusterControllersModule] });
    controller = moduleRef.get(DaemonSetController);
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard' });
    kit = clusterTestKit(moduleRef, sandboxId);
  });

  const daemonSet = (name: string, podSpec: object = {}, extra: object = {}) =>
    kit.create(DS, 'default', {
      apiVersion: 'apps/v1',
      kind: 'DaemonSet',
      metadata: { name },
      spec: {
        selector: { matchLabels: { app: name } },
        template: {
          metadata: { labels: { app: name } },
          spec: { containers: [{ name: 'agent', image: 'busybox:1.36' }], ...podSpec },
        },
        ...extra,
      },
    });

  const podsOf = async (name: string) =>
    (await kit.list('pods', 'default')).filter((p) => p.metadata.labels?.app === name && !p.metadata.deletionTimestamp);

  /** The scheduler binds each pod to its affinity's node, the kubelet runs it ready. */
  const runAll = async (name: string) => {
    for (const pod of await podsOf(name)) {
      const node = targetNodeName(pod as never) ?? '';
      await kit.runPod('default', pod.metadata.name ?? '', {
        node,
        ip: `10.244.${node === 'node-1' ? 1 : 2}.${Math.floor(Math.random() * 200) + 2}`,
      });
    }
  };

  const status = async (name: string) => (await kit.find(DS, 'default', name))?.status as Record<string, number>;

  it('creates one pod per untainted node with the daemon tolerations and node affinity', async () => {
    const ds = await daemonSet('agent');
    expect(await kit.settle(controller)).toBeGreaterThan(0);
    const pods = await podsOf('agent');
    expect(pods.map((p) => targetNodeName(p as never)).sort()).toEqual(['node-1', 'node-2']);
    const pod = pods[0];
    expect(pod.metadata.name).toMatch(/^agent-[a-z0-9]{5}$/);
    expect(pod.metadata.ownerReferences).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'DaemonSet',
        name: 'agent',
        uid: ds.metadata.uid,
        controller: true,
        blockOwnerDeletion: true,
      },
    ]);
    expect(pod.metadata.labels?.['controller-revision-hash']).toMatch(/^[a-z0-9]+$/);
    expect((pod.spec as { tolerations: object[] }).tolerations).toEqual(
      expect.arrayContaining([
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute' },
        { key: 'node.kubernetes.io/unschedulable', operator: 'Exists', effect: 'NoSchedule' },
      ]),
    );
    expect((pod.spec as { affinity: object }).affinity).toEqual({
      nodeAffinity: {
        requiredDuringSchedulingIgnoredDuringExecution: {
          nodeSelectorTerms: [
            { matchFields: [{ key: 'metadata.name', operator: 'In', values: [expect.stringMatching(/^node-/)] }] },
          ],
        },
      },
    });
    const revisions = await kit.list('controllerrevisions.apps', 'default');
    expect(revisions).toEqual([
      expect.objectContaining({
        metadata: expect.objectContaining({
          name: `agent-${pod.metadata.labels?.['controller-revision-hash']}`,
        }) as unknown,
        revision: 1,
      }),
    ]);
    const events = (await kit.list('events', 'default')).filter((e) => e.reason === 'SuccessfulCreate');
    expect(events.map((e) => e.message).sort()).toEqual(namesOf(pods).map((n) => `Created pod: ${n}`));
    expect(events[0].source).toEqual({ component: 'daemonset-controller' });

    expect(await status('agent')).toMatchObject({
      desiredNumberScheduled: 2,
      currentNumberScheduled: 2,
      numberReady: 0,
      updatedNumberScheduled: 2,
      numberUnavailable: 2,
      observedGeneration: 1,
    });
    await runAll('agent');
    await kit.settle(controller);
    expect(await status('agent')).toEqual({
      currentNumberScheduled: 2,
      desiredNumberScheduled: 2,
      numberMisscheduled: 0,
      numberReady: 2,
      numberAvailable: 2,
      updatedNumberScheduled: 2,
      observedGeneration: 1,
    });
    const revision = await kit.revision();
    await controller.reconcile(kit.sandboxId);
    expect(await kit.revision()).toBe(revision);
  });

  it('runs on the tainted control plane only when tolerated, and honours nodeSelector', async () => {
    await daemonSet('everywhere', {
      tolerations: [{ key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' }],
    });
    await daemonSet('picky', { nodeSelector: { 'kubernetes.io/hostname': 'node-2' } });
    await kit.settle(controller);
    expect((await podsOf('everywhere')).map((p) => targetNodeName(p as never)).sort()).toEqual([
      'control-plane',
      'node-1',
      'node-2',
    ]);
    expect((await podsOf('picky')).map((p) => targetNodeName(p as never))).toEqual(['node-2']);
  });

  it('replaces a deleted pod once it is gone, and rolls out a new template one node at a time', async () => {
    await daemonSet('agent');
    await kit.settle(controller);
    await runAll('agent');
    await kit.settle(controller);
    const [first] = await podsOf('agent');
    await kit.objects.delete(kit.scope('pods', 'default'), first.metadata.name ?? '');
    expect(await kit.settle(controller)).toBe(0);
    await kit.removePod('default', first.metadata.name ?? '');
    await kit.settle(controller);
    expect(await podsOf('agent')).toHaveLength(2);
    await runAll('agent');
    await kit.settle(controller);

    await kit.store.guaranteedUpdate(
      { sandboxId: kit.sandboxId, resource: DS, namespace: 'default', name: 'agent' },
      (ds) => {
        const spec = ds.spec as { template: { spec: { containers: Array<{ image: string }> } } };
        spec.template.spec.containers[0].image = 'busybox:1.37';
        return { ...ds, metadata: { ...ds.metadata, generation: 2 } };
      },
    );
    await kit.settle(controller);
    // maxUnavailable 1: one old pod is terminating, the other still serves.
    const all = (await kit.list('pods', 'default')).filter((p) => p.metadata.labels?.app === 'agent');
    expect(all.filter((p) => p.metadata.deletionTimestamp)).toHaveLength(1);
    expect(await status('agent')).toMatchObject({ observedGeneration: 2, desiredNumberScheduled: 2 });
    expect((await status('agent')).updatedNumberScheduled ?? 0).toBe(0);

    for (let round = 0; round < 2; round++) {
      for (const pod of (await kit.list('pods', 'default')).filter((p) => p.metadata.deletionTimestamp)) {
        await kit.removePod('default', pod.metadata.name ?? '');
      }
      await kit.settle(controller);
      await runAll('agent');
      await kit.settle(controller);
    }
    const pods = await podsOf('agent');
    expect(pods).toHaveLength(2);
    expect(
      pods.every((p) => (p.spec as { containers: Array<{ image: string }> }).containers[0].image === 'busybox:1.37'),
    ).toBe(true);
    expect(await status('agent')).toMatchObject({
      updatedNumberScheduled: 2,
      numberAvailable: 2,
      observedGeneration: 2,
    });
    const revisions = (await kit.list('controllerrevisions.apps', 'default')) as Array<
      KubeObject & { revision: number }
    >;
    expect(revisions.map((r) => r.revision).sort()).toEqual([1, 2]);
  });

  it('OnDelete leaves old pods until they are deleted', async () => {
    await daemonSet('agent', {}, { updateStrategy: { type: 'OnDelete' } });
    await kit.settle(controller);
    await runAll('agent');
    await kit.settle(controller);
    await kit.store.guaranteedUpdate(
      { sandboxId: kit.sandboxId, resource: DS, namespace: 'default', name: 'agent' },
      (ds) => {
        const spec = ds.spec as { template: { metadata: { labels: Record<string, string> } } };
        spec.template.metadata.labels.version = '2';
        return ds;
      },
    );
    expect(await kit.settle(controller)).toBeGreaterThan(0);
    expect((await kit.list('pods', 'default')).filter((p) => p.metadata.deletionTimestamp)).toEqual([]);
    expect((await status('agent')).updatedNumberScheduled ?? 0).toBe(0);
  });
});
