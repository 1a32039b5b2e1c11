import type { PodObject, RsObject } from '../replicaset/replicaset-sync';
import { replicaSet } from '../replicaset/test-pods';
import { type DeploymentSyncResult, syncDeployment } from './deployment-sync';
import type { DeployObject } from './rollout-math';
import { deployment } from './test-deployments';
import { computeHash } from './template-hash';

const T0 = Date.parse('2024-01-01T00:00:00Z');

/** A deployment and its ReplicaSets, with the ReplicaSet controller simulated by `settle`. */
class World {
  replicaSets: RsObject[] = [];
  results: DeploymentSyncResult[] = [];
  clock = T0;
  pods: PodObject[] = [];

  constructor(public d: DeployObject) {}

  sync(validate?: (rs: RsObject) => void): DeploymentSyncResult {
    this.clock += 1000;
    const result = syncDeployment({
      deployment: this.d,
      replicaSets: this.replicaSets.filter((rs) => rs.metadata.ownerReferences?.[0]?.uid === this.d.metadata.uid),
      namespaceReplicaSets: this.replicaSets,
      pods: this.pods,
      now: new Date(this.clock),
      deadlineMs: (this.d.spec?.progressDeadlineSeconds ?? 600) * 1000,
      validate,
    });
    const changed = new Map([...result.updated, ...result.created].map((rs) => [rs.metadata.name, rs]));
    this.replicaSets = [...this.replicaSets.map((rs) => changed.get(rs.metadata.name) ?? rs), ...result.created].filter(
      (rs) => !result.deleted.some((gone) => gone.metadata.name === rs.metadata.name),
    );
    this.d = result.deployment;
    this.results.push(result);
    return result;
  }

  /** The ReplicaSet controller caught up: pods exist for every replica, `available(rs)` of them available. */
  settle(available: (rs: RsObject) => number = (rs) => rs.spec?.replicas ?? 0): void {
    this.replicaSets = this.replicaSets.map((rs) => {
      const replicas = rs.spec?.replicas ?? 0;
      const ready = Math.min(replicas, available(rs));
      return {
        ...rs,
        status: {
          replicas,
          readyReplicas: ready,
          availableReplicas: ready,
          observedGeneration: rs.metadata.generation ?? 1,
        },
      };
    });
  }

  /** A user edit of the spec (a new generation). */
  edit(change: (d: DeployObject) => void): void {
    const next = structuredClone(this.d);
    change(next);
    next.metadata = { ...next.metadata, generation: (this.d.metadata.generation ?? 1) + 1 };
    this.d = next;
  }

  rs(revision: string): RsObject | undefined {
    return this.replicaSets.find((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === revision);
  }

  sizes(): Record<string, number> {
    return Object.fromEntries(
      this.replicaSets.map((rs) => [
        rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? '?',
        rs.spec?.replicas ?? 0,
      ]),
    );
  }

  events(): string[] {
    return this.results.flatMap((result) => result.events.map((event) => event.message));
  }

  condition(type: string) {
    return this.d.status?.conditions?.find((condition) => condition.type === type);
  }

  /** Rolls until nothing changes, pods becoming available as soon as they exist. */
  converge(available?: (rs: RsObject) => number): void {
    for (let i = 0; i < 50; i++) {
      const result = this.sync();
      this.settle(available);
      if (!result.deploymentChanged && !result.created.length && !result.updated.length && !result.deleted.length)
        return;
    }
    throw new Error('did not converge');
  }
}

const setImage = (image: string) => (d: DeployObject) => {
  d.spec!.template.spec!.containers[0].image = image;
};

describe('syncDeployment: a new deployment', () => {
  it('creates its ReplicaSet named by the template hash, with labels, selector, owner and annotations', () => {
    const world = new World(deployment({ replicas: 3 }));
    const result = world.sync();
    const hash = computeHash(world.d.spec?.template);
    expect(result.created).toHaveLength(1);
    const rs = result.created[0];
    expect(rs.metadata.name).toBe(`web-${hash}`);
    expect(rs.metadata.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.spec?.selector).toEqual({ matchLabels: { app: 'web', 'pod-template-hash': hash } });
    expect(rs.spec?.template?.metadata?.labels).toEqual({ app: 'web', 'pod-template-hash': hash });
    expect(rs.spec?.replicas).toBe(3);
    expect(rs.metadata.ownerReferences).toEqual([
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name: 'web',
        uid: 'uid-deploy',
        controller: true,
        blockOwnerDeletion: true,
      },
    ]);
    expect(rs.metadata.annotations).toEqual({
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '3',
      'deployment.kubernetes.io/max-replicas': '4',
    });
    expect(result.events).toEqual([
      { type: 'Normal', reason: 'ScalingReplicaSet', message: `Scaled up replica set web-${hash} to 3` },
    ]);
    expect(world.d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(world.condition('Progressing')).toMatchObject({
      status: 'True',
      reason: 'NewReplicaSetCreated',
      message: `Created new replica set "web-${hash}"`,
    });
    expect(world.condition('Available')).toMatchObject({ status: 'False', reason: 'MinimumReplicasUnavailable' });
    expect(world.d.status?.observedGeneration).toBe(1);
  });

  it('completes once the pods are available, then has nothing to do', () => {
    const world = new World(deployment({ replicas: 3 }));
    world.converge();
    expect(world.d.status).toMatchObject({ replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    expect(world.d.status?.unavailableReplicas).toBeUndefined();
    expect(world.condition('Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
    expect(world.condition('Progressing')).toMatchObject({ status: 'True', reason: 'NewReplicaSetAvailable' });
    expect(world.d.status?.conditions?.map((c) => c.type)).toEqual(['Available', 'Progressing']);
    const again = world.sync();
    expect(again).toMatchObject({ deploymentChanged: false, created: [], updated: [], deleted: [], events: [] });
    expect(again.requeueMs).toBeUndefined();
  });
});

describe('syncDeployment: rolling update', () => {
  it('never goes below replicas - maxUnavailable available nor above replicas + maxSurge pods', () => {
    const world = new World(deployment({ replicas: 4, rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } }));
    world.converge();
    world.edit(setImage('httpd'));
    const steps: Record<string, number>[] = [];
    for (let i = 0; i < 20 && (i === 0 || world.condition('Progressing')?.reason !== 'NewReplicaSetAvailable'); i++) {
      world.sync();
      steps.push(world.sizes());
      const total = world.replicaSets.reduce((sum, rs) => sum + (rs.spec?.replicas ?? 0), 0);
      expect(total).toBeLessThanOrEqual(5);
      // Pods of scaled-down ReplicaSets stop; the rest become available.
      world.settle();
      const available = world.replicaSets.reduce((sum, rs) => sum + (rs.status?.availableReplicas ?? 0), 0);
      expect(available).toBeGreaterThanOrEqual(3);
    }
    expect(steps[0]).toEqual({ '1': 3, '2': 1 });
    expect(world.sizes()).toEqual({ '1': 0, '2': 4 });
    expect(world.d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('2');
    const [oldName, newName] = world.replicaSets.map((rs) => rs.metadata.name);
    expect(world.events()).toEqual(
      expect.arrayContaining([
        `Scaled up replica set ${newName} to 1`,
        `Scaled down replica set ${oldName} to 3 from 4`,
        `Scaled up replica set ${newName} to 2 from 1`,
      ]),
    );
  });

  it('waits for new pods to become available before scaling the old ones further', () => {
    const world = new World(deployment({ replicas: 2, rollingUpdate: { maxSurge: 1, maxUnavailable: 0 } }));
    world.converge();
    world.edit(setImage('httpd'));
    world.sync();
    expect(world.sizes()).toEqual({ '1': 2, '2': 1 });
    // The new pod never becomes available: nothing more happens.
    world.settle((rs) => (rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === '2' ? 0 : 2));
    const stuck = world.sync();
    expect(stuck.updated).toEqual([]);
    expect(world.sizes()).toEqual({ '1': 2, '2': 1 });
    expect(world.condition('Progressing')?.reason).toBe('ReplicaSetUpdated');
    expect(stuck.requeueMs).toBeGreaterThan(0);
  });

  it('times out when there is no progress within progressDeadlineSeconds', () => {
    const world = new World(deployment({ replicas: 1, progressDeadlineSeconds: 30 }));
    world.sync();
    world.settle(() => 0);
    const waiting = world.sync();
    expect(waiting.requeueMs).toBeGreaterThan(0);
    world.clock += 30_000;
    world.sync();
    expect(world.condition('Progressing')).toMatchObject({
      status: 'False',
      reason: 'ProgressDeadlineExceeded',
      message: `ReplicaSet "${world.replicaSets[0]?.metadata.name}" has timed out progressing.`,
    });
  });

  it('keeps revisionHistoryLimit old ReplicaSets once complete, deleting the oldest revisions', () => {
    const world = new World(deployment({ replicas: 1, revisionHistoryLimit: 1 }));
    world.converge();
    for (const image of ['a', 'b', 'c']) {
      world.edit(setImage(image));
      world.converge();
    }
    expect(Object.keys(world.sizes()).sort()).toEqual(['3', '4']);
    expect(
      world.results.flatMap((r) =>
        r.deleted.map((rs) => rs.metadata.annotations?.['deployment.kubernetes.io/revision']),
      ),
    ).toEqual(['1', '2']);
  });
});

describe('syncDeployment: rollback (kubectl rollout undo)', () => {
  it('reuses the old ReplicaSet as the new revision and keeps its old revision in revision-history', () => {
    const world = new World(deployment({ replicas: 2 }));
    world.converge();
    const first = world.rs('1')?.metadata.name;
    world.edit(setImage('httpd'));
    world.converge();
    // kubectl 1.32 patches the template of revision 1 back into the deployment.
    world.edit(setImage('nginx'));
    world.converge();
    expect(world.replicaSets).toHaveLength(2);
    const reused = world.replicaSets.find((rs) => rs.metadata.name === first);
    expect(reused?.metadata.annotations).toMatchObject({
      'deployment.kubernetes.io/revision': '3',
      'deployment.kubernetes.io/revision-history': '1',
    });
    expect(reused?.spec?.replicas).toBe(2);
    expect(world.rs('2')?.spec?.replicas).toBe(0);
    expect(world.d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('3');
    expect(world.condition('Progressing')?.reason).toBe('NewReplicaSetAvailable');
  });
});

describe('syncDeployment: Recreate', () => {
  it('scales the old ReplicaSet to zero and creates the new one only when its pods are gone', () => {
    const world = new World(deployment({ replicas: 2, strategy: { type: 'Recreate' } }));
    world.converge();
    const oldRS = world.replicaSets[0];
    world.pods = [
      {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: 'old-pod',
          namespace: 'default',
          labels: { app: 'web' },
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: 'ReplicaSet',
              name: oldRS.metadata.name!,
              uid: oldRS.metadata.uid!,
              controller: true,
            },
          ],
        },
        status: { phase: 'Running' },
      },
    ];
    world.edit(setImage('httpd'));
    const down = world.sync();
    expect(down.created).toEqual([]);
    expect(world.sizes()).toEqual({ '1': 0 });
    world.settle();
    // Status says 0 replicas, but a pod is still terminating.
    expect(world.sync().created).toEqual([]);
    world.pods = [];
    const up = world.sync();
    expect(up.created).toHaveLength(1);
    expect(up.created[0]?.spec?.replicas).toBe(2);
  });
});

describe('syncDeployment: pause, resume and scaling', () => {
  it('does not roll out while paused, says so, and rolls out when resumed', () => {
    const world = new World(deployment({ replicas: 2 }));
    world.converge();
    world.edit((d) => {
      d.spec!.paused = true;
    });
    world.sync();
    expect(world.condition('Progressing')).toMatchObject({
      status: 'Unknown',
      reason: 'DeploymentPaused',
      message: 'Deployment is paused',
    });
    world.edit(setImage('httpd'));
    const paused = world.sync();
    expect(paused.created).toEqual([]);
    expect(world.d.status?.observedGeneration).toBe(world.d.metadata.generation);
    world.edit((d) => {
      d.spec!.paused = false;
    });
    const resumed = world.sync();
    expect(resumed.created).toHaveLength(1);
    // DeploymentResumed is set first and replaced in the same sync, as upstream's consecutive writes do.
    expect(world.condition('Progressing')?.reason).toBe('NewReplicaSetCreated');
  });

  it('creates no ReplicaSet for a deployment created paused', () => {
    const world = new World(deployment({ replicas: 2, paused: true }));
    expect(world.sync().created).toEqual([]);
    expect(world.condition('Progressing')?.reason).toBe('DeploymentPaused');
  });

  it('still scales a paused deployment', () => {
    const world = new World(deployment({ replicas: 2 }));
    world.converge();
    world.edit((d) => {
      d.spec!.paused = true;
      d.spec!.replicas = 5;
    });
    world.sync();
    expect(world.sizes()).toEqual({ '1': 5 });
    expect(world.events()).toContain(`Scaled up replica set ${world.replicaSets[0]?.metadata.name} to 5 from 2`);
  });

  it('scales both ReplicaSets proportionally in the middle of a rollout', () => {
    const world = new World(deployment({ replicas: 10, rollingUpdate: { maxSurge: 3, maxUnavailable: 2 } }));
    world.converge();
    world.edit(setImage('httpd'));
    world.sync();
    // New pods never become available: the rollout holds at old 8, new 5.
    world.settle((rs) => (rs.metadata.annotations?.['deployment.kubernetes.io/revision'] === '2' ? 0 : 8));
    world.sync();
    expect(world.sizes()).toEqual({ '1': 8, '2': 5 });
    world.edit((d) => {
      d.spec!.replicas = 20;
    });
    world.sync();
    // 20 + 3 surge = 23 pods, shared by the max-replicas (13) each was sized for: 8 -> 14, 5 -> 9.
    expect(world.sizes()).toEqual({ '1': 14, '2': 9 });
  });
});

describe('syncDeployment: failures', () => {
  it('bumps collisionCount when another template holds the hashed name', () => {
    const d = deployment({ replicas: 1 });
    const world = new World(d);
    const taken = replicaSet({
      name: `web-${computeHash(d.spec?.template)}`,
      labels: { app: 'other' },
      image: 'redis',
    });
    world.replicaSets = [taken];
    const result = world.sync();
    expect(result.created).toEqual([]);
    expect(result.error).toBeUndefined();
    expect(world.d.status?.collisionCount).toBe(1);
    const retry = world.sync();
    expect(retry.created[0]?.metadata.name).toBe(`web-${computeHash(d.spec?.template, 1)}`);
  });

  it('reports a ReplicaSet that cannot be created', () => {
    const world = new World(deployment({ replicas: 1 }));
    const result = world.sync(() => {
      throw new Error('exceeded quota');
    });
    const name = `web-${computeHash(world.d.spec?.template)}`;
    const message = `Failed to create new replica set "${name}": exceeded quota`;
    expect(result.error).toBe(message);
    expect(result.events).toEqual([{ type: 'Warning', reason: 'ReplicaSetCreateError', message }]);
    expect(world.condition('Progressing')).toMatchObject({ status: 'False', reason: 'ReplicaSetCreateError', message });
  });
});
