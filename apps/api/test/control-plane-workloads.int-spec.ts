import type { Pod } from 'kubernetes-types/core/v1';
import { StoreService } from '@ksb/store';
import { eventually } from '@ksb/testing';
import { deployment, isReady, ok, pods, readyPods, useControlPlane, WAIT } from './control-plane-context';

/** Deployments, ReplicaSets and StatefulSets through the real kubectl, on the worker as its own process. */
describe('workload controllers with the real kubectl', () => {
  const cp = useControlPlane('cpw');

  it('a Deployment of 3 runs; a deleted pod is replaced by one with a new name and a new IP', async () => {
    const { kubectl } = await cp.cluster();
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
    const { kubectl } = await cp.cluster();
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
    const { id, kubectl } = await cp.cluster();
    await ok(kubectl, ['apply', '-f', '-'], deployment('roll', 3));
    const initial = await readyPods(kubectl, 'app=roll', 3);
    const store = cp.api.app.get(StoreService);
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
    const { id, kubectl } = await cp.cluster();
    const store = cp.api.app.get(StoreService);
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
});
