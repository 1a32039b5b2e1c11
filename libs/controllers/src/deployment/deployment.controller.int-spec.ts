import type { TestingModule } from '@nestjs/testing';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { controllerRefOf } from '@ksb/controller-runtime';
import { kindFor } from '@ksb/kube-objects';
import { type ChangeEvent, StoreService } from '@ksb/store';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { ReplicaSetController } from '../replicaset/replicaset.controller';
import type { PodObject, RsObject } from '../replicaset/replicaset-sync';
import { isPodReady } from '../replicaset/pod-state';
import { workloadTestKit, type WorkloadTestKit } from '../replicaset/workload-test-kit';
import { WorkloadControllersModule } from '../workload-controllers.module';
import { DeploymentController } from './deployment.controller';
import { ANNOTATIONS_TO_SKIP, REVISION } from './revisions';
import type { DeployObject } from './rollout-math';
import { computeHash, POD_TEMPLATE_HASH_LABEL } from './template-hash';

const DEPLOYMENTS = 'deployments.apps';
const RS = 'replicasets.apps';

const webDeployment = {
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web' },
  spec: {
    replicas: 4,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 1, maxUnavailable: 1 } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx:1.25' }] } },
  },
};

describe('DeploymentController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let deployments: DeploymentController;
  let replicaSets: ReplicaSetController;
  let kit: WorkloadTestKit;
  /** Available pods after every commit that touched pods, while recording. */
  let availability: number[];
  let recording: Map<string, PodObject> | undefined;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [WorkloadControllersModule] });
    deployments = moduleRef.get(DeploymentController);
    replicaSets = moduleRef.get(ReplicaSetController);
    moduleRef.get(StoreService).onCommitted((sandboxId, events) => {
      if (!recording || sandboxId !== kit.sandboxId) return Promise.resolve();
      const pods = recording;
      const touched = events.filter((event: ChangeEvent) => event.resource === 'pods');
      for (const event of touched) {
        if (event.type === 'DELETED') pods.delete(event.name);
        else pods.set(event.name, event.object as PodObject);
      }
      if (touched.length) {
        availability.push(
          [...pods.values()].filter((pod) => isPodReady(pod) && !pod.metadata.deletionTimestamp).length,
        );
      }
      return Promise.resolve();
    });
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard' });
    kit = workloadTestKit(moduleRef, sandboxId);
    availability = [];
    recording = undefined;
  });

  const deployment = async () => (await kit.list<DeployObject>(DEPLOYMENTS))[0];
  const replicaSetsOf = async (d: DeployObject) =>
    (await kit.list<RsObject>(RS)).filter((rs) => controllerRefOf(rs)?.uid === d.metadata.uid);
  const revisionOf = (rs: RsObject | undefined) => rs?.metadata.annotations?.[REVISION];
  const complete = (d: DeployObject) =>
    (d.status?.observedGeneration ?? 0) >= (d.metadata.generation ?? 0) &&
    d.status?.updatedReplicas === d.spec?.replicas &&
    d.status?.replicas === d.spec?.replicas &&
    d.status?.availableReplicas === d.spec?.replicas;

  /** The control plane and the kubelet in turn until the rollout completes and nothing more changes. */
  async function rollOut(): Promise<void> {
    for (let i = 0; i < 60; i++) {
      const before = await kit.revision();
      await deployments.reconcile(kit.sandboxId);
      await replicaSets.reconcile(kit.sandboxId);
      await kit.runPods();
      await kit.finishTerminating();
      if ((await kit.revision()) === before && complete(await deployment())) return;
    }
    throw new Error(`rollout did not complete: ${JSON.stringify((await deployment()).status)}`);
  }

  async function startRecording(): Promise<void> {
    recording = new Map((await kit.list<PodObject>('pods')).map((pod) => [pod.metadata.name!, pod]));
  }

  it('creates the ReplicaSet, rolls a template change within maxUnavailable, undoes it, and idles', async () => {
    await kit.create(DEPLOYMENTS, webDeployment);
    await rollOut();

    const first = await deployment();
    const [rs1] = await replicaSetsOf(first);
    const hash = computeHash(first.spec?.template);
    expect(rs1?.metadata.name).toBe(`web-${hash}`);
    expect(rs1?.metadata.labels).toEqual({ app: 'web', [POD_TEMPLATE_HASH_LABEL]: hash });
    expect(rs1?.spec?.selector).toEqual({ matchLabels: { app: 'web', [POD_TEMPLATE_HASH_LABEL]: hash } });
    expect(rs1?.metadata.annotations).toEqual({
      'deployment.kubernetes.io/revision': '1',
      'deployment.kubernetes.io/desired-replicas': '4',
      'deployment.kubernetes.io/max-replicas': '5',
    });
    expect(first.metadata.annotations).toEqual({ 'deployment.kubernetes.io/revision': '1' });
    expect(first.status).toMatchObject({
      observedGeneration: 1,
      replicas: 4,
      updatedReplicas: 4,
      readyReplicas: 4,
      availableReplicas: 4,
    });
    expect(first.status?.conditions?.map((c) => [c.type, c.status, c.reason])).toEqual([
      ['Available', 'True', 'MinimumReplicasAvailable'],
      ['Progressing', 'True', 'NewReplicaSetAvailable'],
    ]);
    const pods = await kit.list<PodObject>('pods');
    expect(pods).toHaveLength(4);
    expect(pods.every((pod) => pod.metadata.labels?.[POD_TEMPLATE_HASH_LABEL] === hash)).toBe(true);
    expect(await kit.events('ScalingReplicaSet')).toEqual([`Scaled up replica set web-${hash} to 4`]);

    // A template change rolls over, never below replicas - maxUnavailable = 3 available pods.
    await startRecording();
    await kit.objects.patch(
      { sandboxId: kit.sandboxId, kind: kindFor(DEPLOYMENTS), namespace: 'default' },
      'web',
      'strategic',
      {
        spec: { template: { spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }] } } },
      },
    );
    await rollOut();
    recording = undefined;
    if (process.env.KSB_PRINT_ROLLOUT)
      process.stdout.write(`available pods after each write: ${availability.join(' ')}\n`);
    expect(availability.length).toBeGreaterThan(4);
    expect(Math.min(...availability)).toBeGreaterThanOrEqual(3);
    expect(availability[availability.length - 1]).toBe(4);

    const second = await deployment();
    const rolled = await replicaSetsOf(second);
    expect(rolled).toHaveLength(2);
    const rs2 = rolled.find((rs) => revisionOf(rs) === '2');
    expect(rs2?.metadata.name).toBe(`web-${computeHash(second.spec?.template)}`);
    expect(rs2?.spec?.replicas).toBe(4);
    expect(rolled.find((rs) => rs.metadata.name === rs1?.metadata.name)?.spec?.replicas).toBe(0);
    expect(second.metadata.annotations?.[REVISION]).toBe('2');
    const scaling = await kit.events('ScalingReplicaSet');
    expect(scaling).toContain(`Scaled up replica set ${rs2?.metadata.name} to 1`);
    expect(scaling).toContain(`Scaled down replica set ${rs1?.metadata.name} to 3 from 4`);
    expect(scaling).toContain(`Scaled down replica set ${rs1?.metadata.name} to 0 from 1`);

    // kubectl rollout undo (1.32, client-side): revision 1's template and annotations patched back.
    const previous = rolled.find((rs) => revisionOf(rs) === '1')!;
    const template = structuredClone(previous.spec?.template) as PodTemplateSpec;
    delete template.metadata?.labels?.[POD_TEMPLATE_HASH_LABEL];
    const annotations: Record<string, string> = {};
    for (const [key, value] of Object.entries(second.metadata.annotations ?? {})) {
      if (ANNOTATIONS_TO_SKIP.has(key)) annotations[key] = value;
    }
    for (const [key, value] of Object.entries(previous.metadata.annotations ?? {})) {
      if (!ANNOTATIONS_TO_SKIP.has(key)) annotations[key] = value;
    }
    await kit.objects.patch(
      { sandboxId: kit.sandboxId, kind: kindFor(DEPLOYMENTS), namespace: 'default' },
      'web',
      'json',
      [
        { op: 'replace', path: '/spec/template', value: template },
        { op: 'replace', path: '/metadata/annotations', value: annotations },
      ],
    );
    await rollOut();
    const undone = await deployment();
    const after = await replicaSetsOf(undone);
    expect(after).toHaveLength(2);
    const reused = after.find((rs) => rs.metadata.name === rs1?.metadata.name);
    expect(reused?.spec?.replicas).toBe(4);
    expect(reused?.metadata.annotations).toMatchObject({
      'deployment.kubernetes.io/revision': '3',
      'deployment.kubernetes.io/revision-history': '1',
    });
    expect(after.find((rs) => rs.metadata.name === rs2?.metadata.name)?.spec?.replicas).toBe(0);
    expect(undone.metadata.annotations?.[REVISION]).toBe('3');
    const running = await kit.list<PodObject>('pods');
    expect(running.every((pod) => controllerRefOf(pod)?.uid === reused?.metadata.uid)).toBe(true);

    // Idempotent: nothing to do writes nothing.
    const idle = await kit.revision();
    await deployments.reconcile(kit.sandboxId);
    await replicaSets.reconcile(kit.sandboxId);
    expect(await kit.revision()).toBe(idle);
  });

  it('pauses (no rollout, DeploymentPaused) and resumes; restart is a template change', async () => {
    await kit.create(DEPLOYMENTS, { ...webDeployment, spec: { ...webDeployment.spec, replicas: 2 } });
    await rollOut();
    const scope = { sandboxId: kit.sandboxId, kind: kindFor(DEPLOYMENTS), namespace: 'default' };
    await kit.objects.patch(scope, 'web', 'merge', { spec: { paused: true } });
    await kit.objects.patch(scope, 'web', 'merge', {
      spec: {
        template: { metadata: { annotations: { 'kubectl.kubernetes.io/restartedAt': '2024-01-01T00:00:00Z' } } },
      },
    });
    await kit.settle([deployments, replicaSets], { between: async () => void (await kit.runPods()) });
    const paused = await deployment();
    expect(await replicaSetsOf(paused)).toHaveLength(1);
    expect(paused.status?.observedGeneration).toBe(paused.metadata.generation);
    expect(paused.status?.conditions?.find((c) => c.type === 'Progressing')).toMatchObject({
      status: 'Unknown',
      reason: 'DeploymentPaused',
      message: 'Deployment is paused',
    });

    await kit.objects.patch(scope, 'web', 'merge', { spec: { paused: false } });
    await rollOut();
    const resumed = await deployment();
    const sets = await replicaSetsOf(resumed);
    expect(sets).toHaveLength(2);
    const restarted = sets.find((rs) => revisionOf(rs) === '2');
    expect(restarted?.spec?.template?.metadata?.annotations).toEqual({
      'kubectl.kubernetes.io/restartedAt': '2024-01-01T00:00:00Z',
    });
    expect(resumed.status?.conditions?.find((c) => c.type === 'Progressing')?.reason).toBe('NewReplicaSetAvailable');
  });

  it('adopts a matching orphan ReplicaSet', async () => {
    const orphan = await kit.create<RsObject>(RS, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: 'web-orphan', labels: { app: 'web' } },
      spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: webDeployment.spec.template },
    });
    await kit.create(DEPLOYMENTS, webDeployment);
    await deployments.reconcile(kit.sandboxId);
    const d = await deployment();
    const owned = await replicaSetsOf(d);
    expect(owned.map((rs) => rs.metadata.name)).toEqual(['web-orphan']);
    expect(owned[0]?.metadata.uid).toBe(orphan.metadata.uid);
    // Its template is the deployment's: it is the new ReplicaSet, sized to the deployment.
    expect(owned[0]?.spec?.replicas).toBe(4);
  });
});
