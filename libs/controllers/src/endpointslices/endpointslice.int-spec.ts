import type { TestingModule } from '@nestjs/testing';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { ClusterControllersModule } from '../cluster-controllers.module';
import { clusterTestKit, type ClusterTestKit, podBody } from '../endpoints/cluster-test-helpers';
import { EndpointSliceController } from './endpointslice.controller';

const SLICES = 'endpointslices.discovery.k8s.io';

describe('EndpointSliceController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let controller: EndpointSliceController;
  let kit: ClusterTestKit;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [ClusterControllersModule] });
    controller = moduleRef.get(EndpointSliceController);
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard' });
    kit = clusterTestKit(moduleRef, sandboxId);
  });

  const slicesOf = async (namespace: string, service: string) =>
    (await kit.list(SLICES, namespace)).filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === service);

  it('keeps a placeholder until pods come, then fills the same slice; a second pass writes nothing', async () => {
    await kit.store.guaranteedUpdate(
      { sandboxId: kit.sandboxId, resource: 'nodes', namespace: '', name: 'node-1' },
      (node) => ({
        ...node,
        metadata: { ...node.metadata, labels: { ...node.metadata.labels, 'topology.kubernetes.io/zone': 'eu-1a' } },
      }),
    );
    const service = await kit.create('services', 'default', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web' },
      spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] },
    });
    expect(await kit.settle(controller)).toBe(1);
    const [placeholder] = await slicesOf('default', 'web');
    expect(placeholder).toMatchObject({
      metadata: {
        generateName: 'web-',
        labels: {
          'kubernetes.io/service-name': 'web',
          'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io',
        },
        ownerReferences: [
          { apiVersion: 'v1', kind: 'Service', name: 'web', uid: service.metadata.uid, controller: true },
        ],
      },
      addressType: 'IPv4',
      endpoints: null,
      ports: null,
    });
    expect(placeholder.metadata.name).toMatch(/^web-[a-z0-9]{5}$/);
    // kube-dns has a selector too; the bootstrap kubernetes slice (no selector) is left alone.
    expect(await slicesOf('kube-system', 'kube-dns')).toHaveLength(1);
    expect(await kit.find(SLICES, 'default', 'kubernetes')).toBeDefined();

    await kit.create('pods', 'default', podBody('web-1', { app: 'web' }));
    await kit.create('pods', 'default', podBody('web-2', { app: 'web' }));
    await kit.runPod('default', 'web-1', { ip: '10.244.1.5' });
    await kit.runPod('default', 'web-2', { ip: '10.244.2.5', node: 'node-2', ready: false });
    expect(await kit.settle(controller)).toBe(1);

    const slices = await slicesOf('default', 'web');
    expect(slices).toHaveLength(1);
    expect(slices[0].metadata.name).toBe(placeholder.metadata.name);
    expect(slices[0].ports).toEqual([{ name: 'http', port: 8080, protocol: 'TCP' }]);
    expect(slices[0].endpoints).toEqual([
      {
        addresses: ['10.244.1.5'],
        conditions: { ready: true, serving: true, terminating: false },
        targetRef: expect.objectContaining({ kind: 'Pod', name: 'web-1' }) as unknown,
        nodeName: 'node-1',
        zone: 'eu-1a',
      },
      {
        addresses: ['10.244.2.5'],
        conditions: { ready: false, serving: false, terminating: false },
        targetRef: expect.objectContaining({ kind: 'Pod', name: 'web-2' }) as unknown,
        nodeName: 'node-2',
      },
    ]);

    // A terminating pod stays, flagged; a removed one goes.
    await kit.objects.delete(kit.scope('pods', 'default'), 'web-1');
    await kit.settle(controller);
    expect((await slicesOf('default', 'web'))[0].endpoints).toEqual([
      expect.objectContaining({ conditions: { ready: false, serving: true, terminating: true } }),
      expect.objectContaining({ addresses: ['10.244.2.5'] }),
    ]);
    await kit.removePod('default', 'web-1');
    await kit.settle(controller);
    expect((await slicesOf('default', 'web'))[0].endpoints).toEqual([
      expect.objectContaining({ addresses: ['10.244.2.5'] }),
    ]);

    const revision = await kit.revision();
    await controller.reconcile(kit.sandboxId);
    expect(await kit.revision()).toBe(revision);
  });

  it('splits a service with more than 100 pods into slices of at most 100', async () => {
    await kit.create('services', 'default', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'big' },
      spec: { selector: { app: 'big' }, ports: [{ port: 80 }] },
    });
    const pods = Array.from({ length: 120 }, (_, i) => ({
      ...podBody(`big-${i}`, { app: 'big' }),
      spec: { nodeName: 'node-1', containers: [{ name: 'app', image: 'nginx' }] },
      status: {
        phase: 'Running',
        podIP: `10.244.1.${i + 2}`,
        podIPs: [{ ip: `10.244.1.${i + 2}` }],
        conditions: [{ type: 'Ready', status: 'True' }],
      },
    }));
    await kit.store.commit(
      kit.sandboxId,
      pods.map((object) => ({
        op: 'create' as const,
        resource: 'pods',
        namespace: 'default',
        object: { ...object, metadata: { ...object.metadata, namespace: 'default' } },
      })),
    );
    await kit.settle(controller);
    const sizes = (await slicesOf('default', 'big'))
      .map((s) => (s.endpoints as unknown[]).length)
      .sort((a, b) => b - a);
    expect(sizes).toEqual([100, 20]);
  });
});
