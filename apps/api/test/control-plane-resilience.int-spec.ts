import { RedisConnections } from '@ksb/redis';
import { eventually } from '@ksb/testing';
import { deployment, isReady, ok, pods, readyPods, useControlPlane, WAIT } from './control-plane-context';

/** Scheduling, node faults, tenant isolation of the fault routes, and recovery from a killed worker and a lost Redis. */
describe('scheduling, node faults and resilience with the real kubectl', () => {
  const cp = useControlPlane('cpr');

  it('schedules as kube-scheduler: FailedScheduling for too much CPU, 2/2/2 spreading, taints', async () => {
    const { kubectl } = await cp.cluster();
    await ok(kubectl, ['apply', '-f', '-'], deployment('big', 1, 'nginx:1.27', '', '16'));
    const message = await eventually(async () => {
      const events = await ok(kubectl, [
        'get',
        'events',
        '--field-selector',
        'reason=FailedScheduling',
        '-o',
        'jsonpath={.items[*].message}',
      ]);
      return events || false;
    }, WAIT);
    expect(message).toContain('0/3 nodes are available: 3 Insufficient cpu.');
    const phase = await ok(kubectl, ['get', 'pods', '-l', 'app=big', '-o', 'jsonpath={.items[0].status.phase}']);
    expect(phase).toBe('Pending');
    const describe = await ok(kubectl, ['describe', 'pods', '-l', 'app=big']);
    expect(describe).toMatch(
      /Warning\s+FailedScheduling\s+.*default-scheduler\s+0\/3 nodes are available: 3 Insufficient cpu\./,
    );

    await ok(kubectl, ['apply', '-f', '-'], deployment('spread', 6));
    const spread = await readyPods(kubectl, 'app=spread', 6);
    const perNode = new Map<string, number>();
    for (const pod of spread) perNode.set(pod.spec?.nodeName ?? '', (perNode.get(pod.spec?.nodeName ?? '') ?? 0) + 1);
    expect([...perNode.values()]).toEqual([2, 2, 2]);

    await ok(kubectl, ['taint', 'nodes', 'node-1', 'dedicated=gpu:NoSchedule']);
    await ok(kubectl, ['apply', '-f', '-'], deployment('plain', 4));
    const plain = await readyPods(kubectl, 'app=plain', 4);
    expect(plain.map((p) => p.spec?.nodeName)).not.toContain('node-1');
    await ok(
      kubectl,
      ['apply', '-f', '-'],
      deployment(
        'gpu',
        3,
        'nginx:1.27',
        `
      tolerations: [{ key: dedicated, operator: Equal, value: gpu, effect: NoSchedule }]
      nodeSelector: { kubernetes.io/hostname: node-1 }
`,
      ),
    );
    const gpu = await readyPods(kubectl, 'app=gpu', 3);
    expect(gpu.map((p) => p.spec?.nodeName)).toEqual(['node-1', 'node-1', 'node-1']);
  });

  it('a stopped node turns NotReady and its pods come back elsewhere; restored, it is Ready again', async () => {
    const { id, kubectl } = await cp.cluster();
    await ok(kubectl, ['apply', '-f', '-'], deployment('heal', 3));
    const before = await readyPods(kubectl, 'app=heal', 3);
    const node = before[0].spec?.nodeName ?? '';
    await cp.api.as(cp.tenant.adminToken).post(`/v1/sandboxes/${id}/nodes/${node}/stop`).expect(200);
    await eventually(async () => (await ok(kubectl, ['get', 'node', node])).includes('NotReady'), WAIT);
    const taints = await ok(kubectl, ['get', 'node', node, '-o', 'jsonpath={.spec.taints[*].key}']);
    expect(taints).toContain('node.kubernetes.io/unreachable');
    const replaced = await eventually(async () => {
      const live = (await pods(kubectl, 'app=heal')).filter(isReady);
      return live.length === 3 && live.every((p) => p.spec?.nodeName !== node) ? live : false;
    }, WAIT);
    expect(replaced).toHaveLength(3);
    const events = await ok(kubectl, ['get', 'events', '-A']);
    expect(events).toContain('TaintManagerEviction');
    expect(events).toContain(`Node ${node} status is now: NodeNotReady`);

    await cp.api.as(cp.tenant.adminToken).post(`/v1/sandboxes/${id}/nodes/${node}/restore`).expect(200);
    await eventually(async () => /\sReady\s/.test(await ok(kubectl, ['get', 'node', node])), WAIT);
    // the evicted pods finish terminating once their kubelet is back
    await eventually(async () => (await pods(kubectl, 'app=heal')).length === 3, WAIT);
  });

  it('another tenant cannot stop nodes, kill pods or read scheduling decisions of this sandbox', async () => {
    const { id, kubectl } = await cp.cluster();
    await ok(kubectl, ['run', 'solo', '--image=nginx:1.27']);
    await readyPods(kubectl, 'run=solo', 1);
    const other = await cp.api.tenant('intruder');
    await cp.api.as(other.adminToken).post(`/v1/sandboxes/${id}/nodes/node-1/stop`).expect(404);
    await cp.api.as(other.adminToken).post(`/v1/sandboxes/${id}/namespaces/default/pods/solo/kill`).expect(404);
    await cp.api.as(other.adminToken).get(`/v1/sandboxes/${id}/namespaces/default/pods/solo/scheduling`).expect(404);
    const decision = await cp.api
      .as(cp.tenant.adminToken)
      .get(`/v1/sandboxes/${id}/namespaces/default/pods/solo/scheduling`)
      .expect(200);
    expect(decision.body).toMatchObject({ pod: { name: 'solo' }, message: null });
    expect((decision.body as { nodes: Array<{ chosen: boolean }> }).nodes.filter((n) => n.chosen)).toHaveLength(1);
    await cp.api.as(cp.tenant.adminToken).post(`/v1/sandboxes/${id}/namespaces/default/pods/solo/kill`).expect(200);
    await eventually(async () => (await pods(kubectl, 'run=solo')).length === 0, WAIT);
    await cp.api.as(cp.tenant.adminToken).post(`/v1/sandboxes/${id}/nodes/node-9/stop`).expect(404);
  });

  it('a rollout survives a killed worker; after Redis loses its data everything converges through resync', async () => {
    const { kubectl } = await cp.cluster();
    await ok(kubectl, ['apply', '-f', '-'], deployment('tough', 4));
    await readyPods(kubectl, 'app=tough', 4);
    await ok(kubectl, ['set', 'image', 'deployment/tough', 'web=nginx:1.28']);
    await cp.worker.kill('SIGKILL');
    cp.worker = await cp.startWorker();
    await ok(kubectl, ['rollout', 'status', 'deployment/tough', '--timeout=60s']);
    await eventually(async () => {
      const now = await readyPods(kubectl, 'app=tough', 4);
      return now.every((p) => p.spec?.containers[0].image === 'nginx:1.28');
    }, WAIT);

    // A change whose jobs are lost with everything else this service keeps in Redis: only the new
    // worker's resync, reading the store, can find the work.
    await cp.worker.kill('SIGKILL');
    await ok(kubectl, ['scale', 'deployment/tough', '--replicas=2']);
    const redis = cp.api.app.get(RedisConnections);
    const keys = await redis.client.keys(`${redis.prefix}*`);
    expect(keys.length).toBeGreaterThan(0);
    await redis.client.del(...keys);
    cp.worker = await cp.startWorker();
    await readyPods(kubectl, 'app=tough', 2);
    await ok(kubectl, ['scale', 'deployment/tough', '--replicas=5']);
    await readyPods(kubectl, 'app=tough', 5);
  }, 180_000);
});
