import type { TestingModule } from '@nestjs/testing';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { ClusterControllersModule } from '../cluster-controllers.module';
import { clusterTestKit, type ClusterTestKit, podBody } from './cluster-test-helpers';
import { EndpointsController } from './endpoints.controller';

describe('EndpointsController (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let controller: EndpointsController;
  let kit: ClusterTestKit;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext({ imports: [ClusterControllersModule] });
    controller = moduleRef.get(EndpointsController);
  });
  afterAll(() => moduleRef.close());

  beforeEach(async () => {
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'standard' });
    kit = clusterTestKit(moduleRef, sandboxId);
  });

  const service = (name: string, spec: object, labels?: Record<string, string>) =>
    kit.create('services', 'default', {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, ...(labels ? { labels } : {}) },
      spec,
    });

  it('lists ready and not-ready pods with resolved named ports, and a second pass writes nothing', async () => {
    await service(
      'web',
      { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
      {
        tier: 'front',
      },
    );
    const ports = [{ name: 'http', containerPort: 8080 }];
    await kit.create('pods', 'default', podBody('web-1', { app: 'web' }, { ports }));
    await kit.create('pods', 'default', podBody('web-2', { app: 'web' }, { ports }));
    await kit.create('pods', 'default', podBody('web-3', { app: 'web' }, { ports: [] }));
    await kit.create('pods', 'default', podBody('pending', { app: 'web' }, { ports }));
    await kit.runPod('default', 'web-1', { ip: '10.244.1.5' });
    await kit.runPod('default', 'web-2', { ip: '10.244.2.5', node: 'node-2', ready: false });
    await kit.runPod('default', 'web-3', { ip: '10.244.1.6' });

    expect(await kit.settle(controller)).toBe(1);

    const endpoints = await kit.find('endpoints', 'default', 'web');
    const web1 = await kit.find('pods', 'default', 'web-1');
    expect(endpoints?.metadata.labels).toEqual({ tier: 'front' });
    expect(endpoints?.metadata.annotations?.['endpoints.kubernetes.io/last-change-trigger-time']).toMatch(/Z$/);
    expect(endpoints?.subsets).toEqual([
      {
        addresses: [
          {
            ip: '10.244.1.5',
            nodeName: 'node-1',
            targetRef: { kind: 'Pod', namespace: 'default', name: 'web-1', uid: web1?.metadata.uid },
          },
        ],
        notReadyAddresses: [expect.objectContaining({ ip: '10.244.2.5', nodeName: 'node-2' })],
        ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
      },
    ]);
    // The bootstrap kubernetes Endpoints (no selector) are left as they were; kube-dns gets an empty one.
    expect((await kit.find('endpoints', 'default', 'kubernetes'))?.subsets).toHaveLength(1);
    expect(await kit.find('endpoints', 'kube-system', 'kube-dns')).toMatchObject({ metadata: { name: 'kube-dns' } });

    const revision = await kit.revision();
    await controller.reconcile(kit.sandboxId);
    expect(await kit.revision()).toBe(revision);
  });

  it('follows readiness changes and pod deletion', async () => {
    await service('web', { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] });
    await kit.create('pods', 'default', podBody('web-1', { app: 'web' }));
    await kit.runPod('default', 'web-1', { ip: '10.244.1.5', ready: false });
    await kit.settle(controller);
    expect((await kit.find('endpoints', 'default', 'web'))?.subsets).toEqual([
      expect.objectContaining({ notReadyAddresses: [expect.objectContaining({ ip: '10.244.1.5' })] }),
    ]);

    await kit.runPod('default', 'web-1', { ip: '10.244.1.5' });
    await kit.settle(controller);
    expect((await kit.find('endpoints', 'default', 'web'))?.subsets).toEqual([
      expect.objectContaining({ addresses: [expect.objectContaining({ ip: '10.244.1.5' })] }),
    ]);

    // Terminating (grace period running on its node): out at once.
    await kit.objects.delete(kit.scope('pods', 'default'), 'web-1');
    expect(await kit.settle(controller)).toBe(1);
    expect((await kit.find('endpoints', 'default', 'web'))?.subsets).toBeUndefined();
  });

  it('serves headless services and publishNotReadyAddresses', async () => {
    await service('db', {
      clusterIP: 'None',
      publishNotReadyAddresses: true,
      selector: { app: 'db' },
      ports: [{ port: 5432 }],
    });
    await kit.create('pods', 'default', {
      ...podBody('db-0', { app: 'db' }),
      spec: { hostname: 'db-0', subdomain: 'db', containers: [{ name: 'db', image: 'postgres' }] },
    });
    await kit.runPod('default', 'db-0', { ip: '10.244.1.7', ready: false });
    await kit.settle(controller);
    const endpoints = await kit.find('endpoints', 'default', 'db');
    expect(endpoints?.metadata.labels).toEqual({ 'service.kubernetes.io/headless': '' });
    expect(endpoints?.subsets).toEqual([
      {
        addresses: [expect.objectContaining({ ip: '10.244.1.7', hostname: 'db-0' })],
        ports: [{ port: 5432, protocol: 'TCP' }],
      },
    ]);
  });

  it('deletes the Endpoints of a deleted service and leaves selector-less services alone', async () => {
    await service('web', { selector: { app: 'web' }, ports: [{ port: 80 }] });
    await service('manual', { ports: [{ port: 80 }] });
    await kit.create('endpoints', 'default', {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'manual' },
      subsets: [{ addresses: [{ ip: '192.168.1.10' }], ports: [{ port: 80 }] }],
    });
    await kit.create('endpoints', 'default', { apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'orphan' } });
    await kit.settle(controller);
    expect(await kit.find('endpoints', 'default', 'web')).toBeDefined();

    await kit.objects.delete(kit.scope('services', 'default'), 'web');
    await kit.settle(controller);
    expect(await kit.find('endpoints', 'default', 'web')).toBeUndefined();
    expect((await kit.find('endpoints', 'default', 'manual'))?.subsets).toEqual([
      { addresses: [{ ip: '192.168.1.10' }], ports: [{ port: 80, protocol: 'TCP' }] },
    ]);
    expect(await kit.find('endpoints', 'default', 'orphan')).toBeDefined();
  });
});
