import { eventually } from '@ksb/testing';
import { deployment, ok, readyPods, useControlPlane, WAIT } from './control-plane-context';
import { codesOf, gql, subscribe, wsClient } from './graphql-client';

const POD_EVENTS = `subscription($id: ID!, $selector: String) {
  podEvents(sandboxId: $id, labelSelector: $selector) {
    type revision object { metadata { name } phase status podIP nodeName } } }`;

interface PodEvent {
  podEvents: {
    type: string;
    revision: string;
    object: {
      metadata: { name: string };
      phase: string;
      status: string;
      podIP: string | null;
      nodeName: string | null;
    };
  };
}

/** GraphQL beside the real kubectl, with the control plane (worker process) running the pods. */
describe('GraphQL subscriptions and mutations with kubectl and the control plane', () => {
  const cp = useControlPlane('gqlk');

  beforeAll(async () => {
    await cp.api.app.listen(0, '127.0.0.1');
  });

  it("podEvents shows a Deployment's pods ADDED, going Pending -> Running, and DELETED, in revision order", async () => {
    const { id, kubectl } = await cp.cluster();
    const client = wsClient(cp.api.app, cp.tenant.adminToken);
    const sub = subscribe<PodEvent>(client, POD_EVENTS, { id, selector: 'app=web' });
    // Live once the subscription sees a change made after it: a probe pod with the label.
    await eventually(async () => {
      await ok(kubectl, ['run', `probe-${Date.now()}`, '--image=nginx:1.27', '--labels=app=web,probe=yes']);
      await eventually(() => expect(sub.results.length).toBeGreaterThan(0), { timeoutMs: 3000 });
    }, WAIT);
    await ok(kubectl, ['delete', 'pod', '-l', 'probe=yes', '--wait=false']);

    await ok(kubectl, ['apply', '-f', '-'], deployment('web', 2));
    const running = await readyPods(kubectl, 'app=web', 2);
    await ok(kubectl, ['delete', 'deployment', 'web']);
    await eventually(async () => (await ok(kubectl, ['get', 'pods', '-l', 'app=web', '-o', 'name'])) === '', WAIT);

    const names = running.map((pod) => pod.metadata?.name ?? '');
    await eventually(() => {
      for (const name of names) {
        const seen = sub.results.filter((r) => r.data?.podEvents.object.metadata.name === name);
        expect(seen.map((r) => r.data?.podEvents.type)).toContain('DELETED');
      }
    }, WAIT);
    expect(sub.results.every((r) => r.errors === undefined)).toBe(true);
    const revisions = sub.results.map((r) => Number(r.data?.podEvents.revision));
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    for (const name of names) {
      const events = sub.results.map((r) => r.data?.podEvents).filter((e) => e?.object.metadata.name === name);
      expect(events[0]?.type).toBe('ADDED');
      expect(events[0]?.object.phase).toBe('Pending');
      expect(events[events.length - 1]?.type).toBe('DELETED');
      const phases = events.map((e) => e?.object.phase);
      // Pending first, then Running, never back to Pending.
      expect(phases.indexOf('Running')).toBeGreaterThan(0);
      expect(phases.lastIndexOf('Pending')).toBeLessThan(phases.indexOf('Running'));
      const runningEvent = events.find((e) => e?.type === 'MODIFIED' && e.object.phase === 'Running');
      expect(runningEvent?.object.podIP).toBeTruthy();
      expect(runningEvent?.object.nodeName).toMatch(/^node-/);
    }
    sub.stop();
    await client.dispose();
  });

  it('mutations drive the controllers kubectl sees: apply, scale, restart, roll back, kill', async () => {
    const { id, kubectl } = await cp.cluster();
    const token = cp.tenant.adminToken;
    const apply = await gql<{ applyManifest: { applied: boolean } }>(
      cp.api.app,
      token,
      `mutation($id: ID!, $m: String!) { applyManifest(sandboxId: $id, manifest: $m) { applied } }`,
      { id, m: deployment('shop', 2, 'nginx:1.26') },
    );
    expect(apply.data?.applyManifest.applied).toBe(true);
    await readyPods(kubectl, 'app=shop', 2);

    await gql(
      cp.api.app,
      token,
      `mutation($id: ID!) { scale(sandboxId: $id, resource: "deployment", name: "shop", replicas: 3) { kind } }`,
      { id },
    );
    await readyPods(kubectl, 'app=shop', 3);

    await ok(kubectl, ['set', 'image', 'deployment/shop', 'web=nginx:1.27']);
    await ok(kubectl, ['rollout', 'status', 'deployment/shop', '--timeout=60s']);
    const undo = await gql(
      cp.api.app,
      token,
      `mutation($id: ID!) { rollbackRollout(sandboxId: $id, name: "shop") { kind } }`,
      { id },
    );
    expect(undo.errors).toBeUndefined();
    await ok(kubectl, ['rollout', 'status', 'deployment/shop', '--timeout=60s']);
    expect(
      await ok(kubectl, ['get', 'deployment', 'shop', '-o', 'jsonpath={.spec.template.spec.containers[0].image}']),
    ).toBe('nginx:1.26');

    const before = (await readyPods(kubectl, 'app=shop', 3)).map((pod) => pod.metadata?.name);
    await gql(
      cp.api.app,
      token,
      `mutation($id: ID!) { restartRollout(sandboxId: $id, resource: "deploy", name: "shop") { kind } }`,
      {
        id,
      },
    );
    await eventually(async () => {
      const now = (await readyPods(kubectl, 'app=shop', 3)).map((pod) => pod.metadata?.name);
      return now.every((name) => !before.includes(name));
    }, WAIT);
    expect(
      await ok(kubectl, ['get', 'deployment', 'shop', '-o', 'jsonpath={.spec.template.metadata.annotations}']),
    ).toContain('kubectl.kubernetes.io/restartedAt');

    const victim = (await readyPods(kubectl, 'app=shop', 3))[0].metadata?.name ?? '';
    const killed = await gql<{ killPod: { killed: boolean } }>(
      cp.api.app,
      token,
      `mutation($id: ID!, $name: String!) { killPod(sandboxId: $id, name: $name) { killed } }`,
      { id, name: victim },
    );
    expect(killed.data?.killPod.killed).toBe(true);
    await eventually(async () => {
      const now = (await readyPods(kubectl, 'app=shop', 3)).map((pod) => pod.metadata?.name);
      return !now.includes(victim);
    }, WAIT);
  });

  it('an instructor subscribes and sees events but cannot mutate', async () => {
    const { id, kubectl } = await cp.cluster();
    const instructor = await cp.api.token(cp.tenant.adminToken, { tenantId: cp.tenant.id, role: 'instructor' });
    const client = wsClient(cp.api.app, instructor.token);
    const sub = subscribe<PodEvent>(client, POD_EVENTS, { id });
    await eventually(async () => {
      await ok(kubectl, ['run', `watched-${Date.now()}`, '--image=nginx:1.27']);
      await eventually(() => expect(sub.results.length).toBeGreaterThan(0), { timeoutMs: 3000 });
    }, WAIT);
    expect(sub.results[0].data?.podEvents.type).toBe('ADDED');
    const refused = await gql(
      cp.api.app,
      instructor.token,
      `mutation($id: ID!) { killPod(sandboxId: $id, name: "x") { killed } }`,
      {
        id,
      },
    );
    expect(codesOf(refused)).toEqual(['FORBIDDEN']);
    sub.stop();
    await client.dispose();
  });
});
