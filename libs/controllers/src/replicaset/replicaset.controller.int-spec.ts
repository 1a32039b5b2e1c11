import type { TestingModule } from '@nestjs/testing';
import { controllerRefOf } from '@ksb/controller-runtime';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { WorkloadControllersModule } from '../workload-controllers.module';
import { ReplicaSetController } from './replicaset.controller';
import type { PodObject, RsObject } from './replicaset-sync';
import { workloadTestKit, type WorkloadTestKit } from './workload-test-kit';

const RS = 'replicasets.apps';

const webReplicaSet = (replicas: number) => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name: 'web' },
  spec: {
    replicas,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
  },
});

const barePod = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels: { app: 'web' } },
  spec: { containers: [{ name: 'nginx', image: 'nginx' }] },
});

describe('ReplicaSetController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let controller: ReplicaSetController;
  let kit: WorkloadTestKit;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [WorkloadControllersModule] });
    controller = moduleRef.get(ReplicaSetController);
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard' });
    kit = workloadTestKit(moduleRef, sandboxId);
  });

  const podsOf = async (rs: RsObject) =>
    (await kit.list<PodObject>('pods')).filter((pod) => controllerRefOf(pod)?.uid === rs.metadata.uid);
  const active = (pods: PodObject[]) => pods.filter((pod) => !pod.metadata.deletionTimestamp);

  it('adopts a matching bare pod, creates only the missing ones, deletes a surplus pod; then writes nothing', async () => {
    await kit.create('pods', barePod('bare'));
    const rs = await kit.create<RsObject>(RS, webReplicaSet(3));
    await kit.settle([controller]);

    const owned = await podsOf(rs);
    expect(owned.map((pod) => pod.metadata.name)).toContain('bare');
    expect(owned).toHaveLength(3);
    const made = owned.filter((pod) => pod.metadata.name !== 'bare');
    for (const pod of made) {
      expect(pod.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
      expect(pod.metadata.labels).toEqual({ app: 'web' });
      expect(pod.metadata.ownerReferences).toEqual([
        {
          apiVersion: 'apps/v1',
          kind: 'ReplicaSet',
          name: 'web',
          uid: rs.metadata.uid,
          controller: true,
          blockOwnerDeletion: true,
        },
      ]);
      // API defaults were applied to the pod.
      expect(pod.spec?.restartPolicy).toBe('Always');
    }
    expect((await kit.events('SuccessfulCreate')).sort()).toEqual(
      made.map((pod) => `Created pod: ${pod.metadata.name}`).sort(),
    );

    // The kubelet runs them; a hand-made fourth pod (not scheduled yet) is the surplus to go.
    await kit.runPods();
    await kit.settle([controller]);
    await kit.create('pods', barePod('extra'));
    await kit.settle([controller]);
    const pods = await kit.list<PodObject>('pods');
    expect(pods.map((pod) => pod.metadata.name)).not.toContain('extra');
    expect(await kit.events('SuccessfulDelete')).toEqual(['Deleted pod: extra']);

    const [stored] = await kit.list<RsObject>(RS);
    expect(stored?.status).toEqual({
      replicas: 3,
      fullyLabeledReplicas: 3,
      readyReplicas: 3,
      availableReplicas: 3,
      observedGeneration: 1,
    });
    const before = await kit.revision();
    await controller.reconcile(kit.sandboxId);
    expect(await kit.revision()).toBe(before);
  });

  it('replaces a deleted pod with a new one (new name), and releases a relabeled pod', async () => {
    const rs = await kit.create<RsObject>(RS, webReplicaSet(2));
    await kit.settle([controller]);
    await kit.runPods();
    await kit.settle([controller]);
    const [victim, other] = await podsOf(rs);

    // Deleted on its node: it terminates (deletionTimestamp) and no longer counts.
    await kit.objects.delete(
      {
        sandboxId: kit.sandboxId,
        kind: (await import('@ksb/resources')).RESOURCES.byStoreName('pods')!,
        namespace: 'default',
      },
      victim.metadata.name!,
    );
    await kit.settle([controller]);
    let pods = active(await podsOf(rs));
    expect(pods).toHaveLength(2);
    expect(pods.map((pod) => pod.metadata.name)).not.toContain(victim.metadata.name);
    await kit.finishTerminating();

    // A pod relabeled out of the selector is released (its owner reference removed) and replaced.
    await kit.store.guaranteedUpdate(
      { sandboxId: kit.sandboxId, resource: 'pods', namespace: 'default', name: other.metadata.name! },
      (pod) => ({ ...pod, metadata: { ...pod.metadata, labels: { app: 'debug' } } }),
    );
    await kit.settle([controller]);
    const released = (await kit.list<PodObject>('pods')).find((pod) => pod.metadata.name === other.metadata.name);
    expect(released?.metadata.ownerReferences).toBeUndefined();
    pods = active(await podsOf(rs));
    expect(pods).toHaveLength(2);
    expect(pods.every((pod) => pod.metadata.labels?.app === 'web')).toBe(true);
  });

  it('scales down to zero when spec.replicas changes, recording the observed generation', async () => {
    const rs = await kit.create<RsObject>(RS, webReplicaSet(2));
    await kit.settle([controller]);
    await kit.store.guaranteedUpdate(
      { sandboxId: kit.sandboxId, resource: RS, namespace: 'default', name: 'web' },
      (current) => ({
        ...current,
        metadata: { ...current.metadata, generation: 2 },
        spec: { ...(current.spec as object), replicas: 0 },
      }),
    );
    await kit.settle([controller]);
    expect(active(await podsOf(rs))).toHaveLength(0);
    const [stored] = await kit.list<RsObject>(RS);
    expect(stored?.status).toEqual({ replicas: 0, observedGeneration: 2 });
  });
});
