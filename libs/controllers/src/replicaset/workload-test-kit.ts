import type { TestingModule } from '@nestjs/testing';
import type { Pod } from 'kubernetes-types/core/v1';
import { deleteOp, kubeTime, type SandboxController, updateOp } from '@ksb/controller-runtime';
import { kindFor, ObjectsService } from '@ksb/kube-objects';
import { type KubeObject, StoreService } from '@ksb/store';

/** What the workload controllers' integration tests do to a sandbox: create objects, play kubelet, settle loops. */
export interface WorkloadTestKit {
  sandboxId: string;
  store: StoreService;
  objects: ObjectsService;
  create<T extends KubeObject = KubeObject>(resource: string, body: object): Promise<T>;
  /** A user's delete (the kind's grace period and propagation rules apply). */
  remove(resource: string, name: string): Promise<void>;
  list<T extends KubeObject = KubeObject>(resource: string): Promise<T[]>;
  revision(): Promise<number>;
  /** Reconciles the controllers in turn until a full round writes nothing; returns the rounds that wrote. */
  settle(controllers: readonly SandboxController[], options?: { between?: () => Promise<void> }): Promise<number>;
  /** The kubelet and scheduler: binds and runs pods not yet running (Ready now), on node-1 and node-2 in turn. */
  runPods(filter?: (pod: Pod & KubeObject) => boolean): Promise<number>;
  /** The kubelet finishing graceful deletions: terminating pods go away. */
  finishTerminating(): Promise<number>;
  /** Events' messages with a reason, oldest first. */
  events(reason?: string): Promise<string[]>;
}

export function workloadTestKit(moduleRef: TestingModule, sandboxId: string): WorkloadTestKit {
  const store = moduleRef.get(StoreService);
  const objects = moduleRef.get(ObjectsService);
  const list = async <T extends KubeObject>(resource: string): Promise<T[]> =>
    (await store.list({ sandboxId, resource })).items.map((item) => item.object as T);
  const revision = () => store.currentRevision(sandboxId);
  let nodeTurn = 0;
  return {
    sandboxId,
    store,
    objects,
    list,
    revision,
    async create<T extends KubeObject>(resource: string, body: object): Promise<T> {
      return (await objects.create({ sandboxId, kind: kindFor(resource), namespace: 'default' }, body)) as T;
    },
    async remove(resource, name) {
      await objects.delete({ sandboxId, kind: kindFor(resource), namespace: 'default' }, name);
    },
    async settle(controllers, options = {}) {
      let rounds = 0;
      for (let i = 0; i < 50; i++) {
        const before = await revision();
        for (const controller of controllers) await controller.reconcile(sandboxId);
        await options.between?.();
        if ((await revision()) === before) return rounds;
        rounds++;
      }
      throw new Error('controllers did not settle in 50 rounds');
    },
    async runPods(filter = () => true) {
      const pods = (await list<Pod & KubeObject>('pods')).filter(
        (pod) => !pod.metadata.deletionTimestamp && pod.status?.phase !== 'Running' && filter(pod),
      );
      const now = kubeTime(new Date());
      const ops = pods.map((pod, i) => {
        const node = pod.spec?.nodeName ?? `node-${(nodeTurn++ % 2) + 1}`;
        return updateOp('pods', {
          ...pod,
          spec: { ...pod.spec, nodeName: node },
          status: {
            ...pod.status,
            phase: 'Running',
            podIP: `10.244.${node === 'node-1' ? 1 : 2}.${10 + i}`,
            conditions: [
              { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
              { type: 'Initialized', status: 'True', lastTransitionTime: now },
              { type: 'ContainersReady', status: 'True', lastTransitionTime: now },
              { type: 'Ready', status: 'True', lastTransitionTime: now },
            ],
          },
        });
      });
      if (ops.length) await store.commit(sandboxId, ops);
      return ops.length;
    },
    async finishTerminating() {
      const terminating = (await list('pods')).filter((pod) => pod.metadata.deletionTimestamp);
      if (terminating.length)
        await store.commit(
          sandboxId,
          terminating.map((pod) => deleteOp('pods', pod)),
        );
      return terminating.length;
    },
    async events(reason) {
      const events = await list<KubeObject & { reason?: string; message?: string }>('events');
      return events
        .filter((event) => reason === undefined || event.reason === reason)
        .sort((a, b) => a.metadata.name!.localeCompare(b.metadata.name!))
        .map((event) => event.message ?? '');
    },
  };
}
