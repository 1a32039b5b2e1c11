import type { TestingModule } from '@nestjs/testing';
import type { Reconciler } from '@ksb/reconcile';
import { kindFor, ObjectsService } from '@ksb/kube-objects';

import { type KubeObject, StoreService } from '@ksb/store';

// Integration-test helpers for the cluster controllers: object verbs, a stand-in kubelet and scheduler,
// and "reconcile until nothing changes".

export function clusterTestKit(moduleRef: TestingModule, sandboxId: string) {
  const store = moduleRef.get(StoreService);
  const objects = moduleRef.get(ObjectsService);
  const scope = (resource: string, namespace?: string) => ({
    sandboxId,
    kind: kindFor(resource),
    namespace,
  });
  const key = (resource: string, namespace: string, name: string) => ({ sandboxId, resource, namespace, name });
  return {
    sandboxId,
    store,
    objects,
    scope,
    create: (resource: string, namespace: string | undefined, body: object) =>
      objects.create(scope(resource, namespace), body, { fieldManager: 'kubectl-client-side-apply' }),
    find: async (resource: string, namespace: string, name: string) =>
      (await store.find(key(resource, namespace, name)))?.object,
    list: async (resource: string, namespace?: string) =>
      (await store.list({ sandboxId, resource, namespace })).items.map((item) => item.object),
    /** What the scheduler and kubelet would do: bind the pod and report it running (ready unless told). */
    runPod: (namespace: string, name: string, options: { node?: string; ip?: string; ready?: boolean } = {}) =>
      store.guaranteedUpdate(key('pods', namespace, name), (pod) => {
        const spec = pod.spec as { nodeName?: string };
        const nodeName = options.node ?? spec.nodeName ?? 'node-1';
        const ready = options.ready === false ? 'False' : 'True';
        return {
          ...pod,
          spec: { ...(pod.spec as object), nodeName },
          status: {
            phase: 'Running',
            ...(options.ip ? { podIP: options.ip, podIPs: [{ ip: options.ip }] } : {}),
            conditions: [
              { type: 'Ready', status: ready, lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z') },
            ],
          },
        };
      }),
    /** What the kubelet does once a deleted pod's containers stopped: removes it. */
    removePod: async (namespace: string, name: string) => {
      const found = await store.find(key('pods', namespace, name));
      if (found) await store.commit(sandboxId, [{ op: 'delete', resource: 'pods', namespace, name }]);
    },
    revision: () => store.currentRevision(sandboxId),
    /** Reconciles until a pass commits nothing; returns the number of passes that wrote. */
    settle: async (controller: Reconciler, maxPasses = 10): Promise<number> => {
      for (let pass = 0; pass < maxPasses; pass++) {
        const before = await store.currentRevision(sandboxId);
        await controller.reconcile(sandboxId);
        if ((await store.currentRevision(sandboxId)) === before) return pass;
      }
      throw new Error(`${controller.name} still writing after ${maxPasses} passes`);
    },
  };
}

export type ClusterTestKit = ReturnType<typeof clusterTestKit>;

export const podBody = (
  name: string,
  labels: Record<string, string>,
  extra: Record<string, unknown> = {},
): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, labels },
  spec: { containers: [{ name: 'app', image: 'nginx', ...extra }] },
});

export const namesOf = (objects: readonly KubeObject[]): string[] => objects.map((o) => o.metadata.name ?? '').sort();
