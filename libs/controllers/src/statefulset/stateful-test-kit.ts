import type { TestingModule } from '@nestjs/testing';
import { listObjects } from '@ksb/controller-runtime';
import { ObjectsService } from '@ksb/kube-objects';
import { type KubeObject, StoreService } from '@ksb/store';
import { kindFor as kindOf } from '@ksb/kube-objects';

/** Integration-test helpers: objects through the API verbs, and the kubelet's part played by hand. */
export interface StatefulTestKit {
  sandboxId: string;
  create(resource: string, namespace: string | undefined, body: KubeObject): Promise<KubeObject>;
  patch(resource: string, namespace: string | undefined, name: string, patch: object): Promise<KubeObject>;
  delete(resource: string, namespace: string | undefined, name: string): Promise<void>;
  find<T extends KubeObject = KubeObject>(resource: string, namespace: string, name: string): Promise<T | undefined>;
  list<T extends KubeObject = KubeObject>(resource: string, namespace?: string): Promise<T[]>;
  /** The kubelet started the pod: scheduled, Running and Ready (or not ready). */
  runPod(namespace: string, name: string, options?: { node?: string; ready?: boolean }): Promise<void>;
  /** The kubelet finished stopping every pod marked for deletion. */
  reapPods(): Promise<string[]>;
  /** Messages of the events about an object. */
  events(name: string): Promise<string[]>;
  revision(): Promise<number>;
  /** Reconciles until a pass writes nothing; returns the number of passes that wrote. */
  settle(controller: { reconcile(sandboxId: string): Promise<unknown> }, limit?: number): Promise<number>;
}

export function statefulTestKit(moduleRef: TestingModule, sandboxId: string): StatefulTestKit {
  const objects = moduleRef.get(ObjectsService);
  const store = moduleRef.get(StoreService);
  const scope = (resource: string, namespace?: string) => ({ sandboxId, kind: kindOf(resource), namespace });
  const kit: StatefulTestKit = {
    sandboxId,
    create: (resource, namespace, body) => objects.create(scope(resource, namespace), body),
    patch: (resource, namespace, name, patch) => objects.patch(scope(resource, namespace), name, 'merge', patch),
    async delete(resource, namespace, name) {
      await objects.delete(scope(resource, namespace), name);
    },
    async find<T extends KubeObject>(resource: string, namespace: string, name: string) {
      const found = await store.find({ sandboxId, resource, namespace, name });
      return found?.object as T | undefined;
    },
    list: <T extends KubeObject>(resource: string, namespace?: string) =>
      listObjects<T>(store, sandboxId, resource, namespace),
    async runPod(namespace, name, { node = 'node-1', ready = true } = {}) {
      const time = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      await store.guaranteedUpdate({ sandboxId, resource: 'pods', namespace, name }, (pod) => ({
        ...pod,
        spec: { ...(pod.spec as object), nodeName: node },
        status: {
          phase: 'Running',
          podIP: '10.244.1.10',
          conditions: [{ type: 'Ready', status: ready ? 'True' : 'False', lastTransitionTime: time }],
        },
      }));
    },
    async reapPods() {
      const pods = await listObjects(store, sandboxId, 'pods');
      const doomed = pods.filter((pod) => pod.metadata.deletionTimestamp);
      for (const pod of doomed) {
        await store.commit(sandboxId, [
          {
            op: 'delete',
            resource: 'pods',
            namespace: pod.metadata.namespace ?? '',
            name: pod.metadata.name ?? '',
            expectUid: pod.metadata.uid,
          },
        ]);
      }
      return doomed.map((pod) => pod.metadata.name ?? '');
    },
    async events(name) {
      const events = await listObjects<KubeObject & { involvedObject?: { name?: string }; message?: string }>(
        store,
        sandboxId,
        'events',
      );
      return events.filter((event) => event.involvedObject?.name === name).map((event) => event.message ?? '');
    },
    revision: () => store.currentRevision(sandboxId),
    async settle(controller, limit = 20) {
      let writes = 0;
      for (let pass = 0; pass < limit; pass++) {
        const before = await kit.revision();
        await controller.reconcile(sandboxId);
        if ((await kit.revision()) === before) return writes;
        writes++;
      }
      throw new Error(`still writing after ${limit} passes`);
    },
  };
  return kit;
}
