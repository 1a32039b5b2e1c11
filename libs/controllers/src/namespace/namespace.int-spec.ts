import type { TestingModule } from '@nestjs/testing';
import { createControlPlaneContext, outcomeOf, provisionSandbox } from '@ksb/testing';
import { ClusterControllersModule } from '../cluster-controllers.module';
import { clusterTestKit, type ClusterTestKit, podBody } from '../endpoints/cluster-test-helpers';
import type { NamespaceCondition } from './namespace-status';
import { NamespaceController } from './namespace.controller';

describe('NamespaceController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let controller: NamespaceController;
  let kit: ClusterTestKit;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [ClusterControllersModule] });
    controller = moduleRef.get(NamespaceController);
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard' });
    kit = clusterTestKit(moduleRef, sandboxId);
  });

  const conditionsOf = async (name: string) =>
    ((await kit.find('namespaces', '', name))?.status as { conditions?: NamespaceCondition[] }).conditions ?? [];

  it('empties a Terminating namespace, waits for terminating pods, then removes it', async () => {
    await kit.create('namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'lab' } });
    await kit.create('pods', 'lab', podBody('a', { app: 'a' }));
    await kit.create('pods', 'lab', podBody('b', { app: 'b' }));
    await kit.create('pods', 'lab', podBody('pending', { app: 'c' }));
    await kit.runPod('lab', 'a', { ip: '10.244.1.2' });
    await kit.runPod('lab', 'b', { ip: '10.244.1.3' });
    const service = await kit.create('services', 'lab', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: { selector: { app: 'a' }, ports: [{ port: 80 }] },
    });
    await kit.create('configmaps', 'lab', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'cfg' },
      data: { a: '1' },
    });
    await kit.create('serviceaccounts', 'lab', {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: { name: 'default' },
    });
    await kit.create('configmaps', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'elsewhere' } });

    // Nothing to do while no namespace is being deleted.
    let revision = await kit.revision();
    expect(await controller.reconcile(kit.sandboxId)).toEqual({});
    expect(await kit.revision()).toBe(revision);

    await kit.objects.delete(kit.scope('namespaces'), 'lab');
    const result = await controller.reconcile(kit.sandboxId);
    expect(result.requeueAfterMs).toBeGreaterThan(0);

    const left = (await kit.store.keys(kit.sandboxId, 'lab')).map((k) => `${k.resource}/${k.name}`).sort();
    expect(left).toEqual(['pods/a', 'pods/b']);
    expect((await kit.find('pods', 'lab', 'a'))?.metadata.deletionTimestamp).toBeDefined();
    const namespace = await kit.find('namespaces', '', 'lab');
    expect(namespace?.status).toMatchObject({ phase: 'Terminating' });
    expect(await conditionsOf('lab')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'NamespaceDeletionDiscoveryFailure', status: 'False' }),
        expect.objectContaining({ type: 'NamespaceDeletionContentFailure', status: 'False' }),
        expect.objectContaining({
          type: 'NamespaceContentRemaining',
          status: 'True',
          reason: 'SomeResourcesRemain',
          message: 'Some resources are remaining: pods. has 2 resource instances',
        }),
        expect.objectContaining({ type: 'NamespaceFinalizersRemaining', status: 'False' }),
      ]),
    );
    // Nothing new may be created there meanwhile.
    expect(
      await outcomeOf(
        kit.create('configmaps', 'lab', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }),
      ),
    ).toMatch(/^FORBIDDEN: .*because it is being terminated/);

    // A second pass with the pods still terminating writes nothing.
    revision = await kit.revision();
    await controller.reconcile(kit.sandboxId);
    expect(await kit.revision()).toBe(revision);

    await kit.removePod('lab', 'a');
    await kit.removePod('lab', 'b');
    expect(await controller.reconcile(kit.sandboxId)).toEqual({});
    expect(await kit.find('namespaces', '', 'lab')).toBeUndefined();
    expect(await kit.find('configmaps', 'default', 'elsewhere')).toBeDefined();

    // The Service's cluster IP was released: another Service may take it.
    const clusterIP = (service.spec as { clusterIP: string }).clusterIP;
    const again = await kit.create('services', 'default', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'again' },
      spec: { clusterIP, ports: [{ port: 80 }] },
    });
    expect((again.spec as { clusterIP: string }).clusterIP).toBe(clusterIP);
  });

  it('waits for objects held by finalizers and reports them', async () => {
    await kit.create('namespaces', undefined, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'lab' } });
    await kit.create('configmaps', 'lab', {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'held', finalizers: ['example.com/hold'] },
    });
    await kit.objects.delete(kit.scope('namespaces'), 'lab');
    const result = await controller.reconcile(kit.sandboxId);
    expect(result.requeueAfterMs).toBeGreaterThan(0);
    expect(await conditionsOf('lab')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: 'NamespaceContentRemaining',
          message: 'Some resources are remaining: configmaps. has 1 resource instances',
        }),
        expect.objectContaining({
          type: 'NamespaceFinalizersRemaining',
          status: 'True',
          message: 'Some finalizers are remaining: example.com/hold in 1 resource instances',
        }),
      ]),
    );
    await kit.store.guaranteedUpdate(
      { sandboxId: kit.sandboxId, resource: 'configmaps', namespace: 'lab', name: 'held' },
      (cm) => ({
        ...cm,
        metadata: { ...cm.metadata, finalizers: [] },
      }),
    );
    await controller.reconcile(kit.sandboxId);
    expect(await kit.find('namespaces', '', 'lab')).toBeUndefined();
  });
});
