import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@ksb/config';
import { DatabaseModule, PrismaService } from '@ksb/database';
import { RedisModule } from '@ksb/redis';
import { type KubeObject, StoreService } from '@ksb/store';
import { createSandboxFixture, useTestEnv, outcomeOf } from '@ksb/testing';
import { KubeObjectsModule } from '../kube-objects.module';
import type { KindInfo } from '../kind-info';
import type { Scope } from '../object-scope';
import { ObjectsService } from '../objects.service';
import { CLUSTER_IP_MARKERS, NODE_PORT_MARKERS } from './allocation/allocation-markers';
import { ServiceAllocator } from './services/service-allocator';

const services: KindInfo = {
  group: '',
  version: 'v1',
  kind: 'Service',
  plural: 'services',
  namespaced: true,
  storeName: 'services',
  hasStatus: true,
  defaults: (object) => {
    const spec = (object.spec ??= {}) as { type?: string; ports?: { protocol?: string }[] };
    spec.type ??= 'ClusterIP';
    for (const port of spec.ports ?? []) port.protocol ??= 'TCP';
  },
};
const secrets: KindInfo = {
  group: '',
  version: 'v1',
  kind: 'Secret',
  plural: 'secrets',
  namespaced: true,
  storeName: 'secrets',
};

interface Spec {
  type?: string;
  clusterIP?: string;
  clusterIPs?: string[];
  ports?: { port: number; nodePort?: number }[];
}
const specOf = (object: KubeObject) => object.spec as Spec;
const service = (name: string, spec: Spec = {}) => ({ metadata: { name }, spec: { ports: [{ port: 80 }], ...spec } });

describe('admission: Service IP and node port allocation, Secret decoding (Postgres)', () => {
  let moduleRef: TestingModule;
  let objects: ObjectsService;
  let store: StoreService;
  let allocator: ServiceAllocator;
  let prisma: PrismaService;
  let sandboxId: string;
  const svc = (): Scope => ({ sandboxId, kind: services, namespace: 'default' });
  const sec = (): Scope => ({ sandboxId, kind: secrets, namespace: 'default' });
  const markers = async (resource: string) =>
    (await store.list({ sandboxId, resource })).items.map((item) => [
      item.key.name,
      (item.object.spec as { service: { name: string } }).service.name,
    ]);

  beforeAll(async () => {
    useTestEnv();
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, RedisModule, KubeObjectsModule],
    }).compile();
    await moduleRef.init();
    objects = moduleRef.get(ObjectsService);
    store = moduleRef.get(StoreService);
    allocator = moduleRef.get(ServiceAllocator);
    prisma = moduleRef.get(PrismaService);
  });
  beforeEach(async () => {
    ({ sandboxId } = await createSandboxFixture(prisma));
    await store.create(sandboxId, 'namespaces', '', { metadata: { name: 'default' }, status: { phase: 'Active' } });
    // As the sandbox bootstrap writes them: straight to the store, without allocation markers.
    for (const [name, ip] of [
      ['kubernetes', '10.96.0.1'],
      ['kube-dns', '10.96.0.10'],
    ]) {
      await store.create(sandboxId, 'services', 'default', {
        metadata: { name, namespace: 'default' },
        spec: { type: 'ClusterIP', clusterIP: ip, clusterIPs: [ip], ports: [{ port: 53 }] },
      });
    }
  });
  afterEach(() => {
    allocator.random = Math.random;
  });
  afterAll(() => moduleRef.close());

  it('gives 20 services created at once 20 distinct addresses', async () => {
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => objects.create(svc(), service(`web-${i}`))));
    const ips = created.map((object) => specOf(object).clusterIP);
    expect(new Set(ips).size).toBe(20);
    for (const ip of ips) expect(ip).toMatch(/^10\.(9[6-9]|10\d|11[01])\.\d+\.\d+$/);
    expect(ips).not.toContain('10.96.0.1');
    expect(ips).not.toContain('10.96.0.10');
    expect(created.map((object) => specOf(object).clusterIPs)).toEqual(ips.map((ip) => [ip]));
    expect((await markers(CLUSTER_IP_MARKERS)).length).toBe(20);
  });

  it('retries writes that picked the same value until each has its own', async () => {
    // Every write starts its search at the same place: they all collide and all but one retry.
    allocator.random = () => 0.5;
    const created = await Promise.all(
      Array.from({ length: 12 }, (_, i) => objects.create(svc(), service(`np-${i}`, { type: 'NodePort' }))),
    );
    expect(new Set(created.map((object) => specOf(object).clusterIP)).size).toBe(12);
    const ports = created.map((object) => specOf(object).ports?.[0].nodePort ?? 0);
    expect(new Set(ports).size).toBe(12);
    for (const port of ports) expect(port).toBeGreaterThanOrEqual(30000);
    expect((await markers(NODE_PORT_MARKERS)).length).toBe(12);
  });

  it('refuses requested addresses and ports that are taken or out of range, writing nothing', async () => {
    await objects.create(svc(), service('fixed', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }));
    const before = await store.currentRevision(sandboxId);
    expect(await outcomeOf(objects.create(svc(), service('a', { clusterIP: '10.96.0.1' })))).toBe(
      'INVALID: Service "a" is invalid: spec.clusterIPs: Invalid value: []string{"10.96.0.1"}: ' +
        'failed to allocate IP 10.96.0.1: provided IP is already allocated',
    );
    expect(
      await outcomeOf(objects.create(svc(), service('b', { clusterIP: '10.0.0.1', clusterIPs: ['10.0.0.1'] }))),
    ).toBe(
      'INVALID: Service "b" is invalid: spec.clusterIPs: Invalid value: []string{"10.0.0.1"}: failed to allocate IP ' +
        '10.0.0.1: the provided IP (10.0.0.1) is not in the valid range. The range of valid IPs is 10.96.0.0/12',
    );
    expect(
      await outcomeOf(
        objects.create(svc(), service('c', { type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] })),
      ),
    ).toBe(
      'INVALID: Service "c" is invalid: spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated',
    );
    expect(await outcomeOf(objects.create(svc(), service('d', { clusterIP: '10.96.0.10' }), { dryRun: true }))).toMatch(
      /provided IP is already allocated$/,
    );
    expect(await store.currentRevision(sandboxId)).toBe(before);
  });

  it('frees the address and ports of a deleted service', async () => {
    await objects.create(
      svc(),
      service('first', { clusterIP: '10.96.0.50', type: 'NodePort', ports: [{ port: 80, nodePort: 30050 }] }),
    );
    expect(await markers(CLUSTER_IP_MARKERS)).toEqual([['10.96.0.50', 'first']]);
    await objects.delete(svc(), 'first');
    expect(await markers(CLUSTER_IP_MARKERS)).toEqual([]);
    expect(await markers(NODE_PORT_MARKERS)).toEqual([]);
    const second = await objects.create(
      svc(),
      service('second', { clusterIP: '10.96.0.50', type: 'NodePort', ports: [{ port: 80, nodePort: 30050 }] }),
    );
    expect(specOf(second)).toMatchObject({ clusterIP: '10.96.0.50', ports: [{ nodePort: 30050 }] });
    expect(await markers(CLUSTER_IP_MARKERS)).toEqual([['10.96.0.50', 'second']]);
  });

  it('takes over the value of a service removed without releasing it', async () => {
    await objects.create(svc(), service('orphaned', { clusterIP: '10.96.0.60' }));
    // A controller deleting through the store directly leaves the marker behind.
    await store.delete({ sandboxId, resource: 'services', namespace: 'default', name: 'orphaned' });
    const reused = await objects.create(svc(), service('reused', { clusterIP: '10.96.0.60' }));
    expect(specOf(reused).clusterIP).toBe('10.96.0.60');
    expect(await markers(CLUSTER_IP_MARKERS)).toEqual([['10.96.0.60', 'reused']]);
  });

  it('allocates node ports when the type changes, keeps allocated values on replace, and drops them again', async () => {
    const created = await objects.create(svc(), service('shop'));
    const ip = specOf(created).clusterIP;
    const nodePort = await objects.patch(svc(), 'shop', 'merge', { spec: { type: 'NodePort' } });
    const port = specOf(nodePort).ports?.[0].nodePort;
    expect(port).toBeGreaterThanOrEqual(30000);
    expect(specOf(nodePort).clusterIP).toBe(ip);

    // A resubmitted manifest without the allocated values keeps them.
    const replaced = await objects.replace(svc(), 'shop', {
      metadata: { name: 'shop' },
      spec: { type: 'NodePort', ports: [{ port: 80 }] },
    });
    expect(specOf(replaced)).toMatchObject({ clusterIP: ip, clusterIPs: [ip], ports: [{ port: 80, nodePort: port }] });

    const back = await objects.patch(svc(), 'shop', 'merge', { spec: { type: 'ClusterIP' } });
    expect(specOf(back).ports).toEqual([{ port: 80, protocol: 'TCP' }]);
    expect(await markers(NODE_PORT_MARKERS)).toEqual([]);
    expect(await markers(CLUSTER_IP_MARKERS)).toEqual([[ip, 'shop']]);

    const dry = await objects.create(svc(), service('dry'), { dryRun: true });
    expect(specOf(dry).clusterIP).toMatch(/^10\./);
    expect(await outcomeOf(objects.get(svc(), 'dry'))).toBe('NOT_FOUND: services "dry" not found');
  });

  it('decodes Secrets as the API server does: stringData folded into data, data must be base64', async () => {
    const created = await objects.create(sec(), {
      metadata: { name: 'db' },
      data: { user: 'YWRtaW4=' },
      stringData: { password: 's3cret' },
    });
    expect(created.data).toEqual({ user: 'YWRtaW4=', password: 'czNjcmV0' });
    expect(created).not.toHaveProperty('stringData');
    const patched = await objects.patch(sec(), 'db', 'merge', { stringData: { password: 'n3w' } });
    expect(patched.data).toEqual({ user: 'YWRtaW4=', password: 'bjN3' });
    const before = await store.currentRevision(sandboxId);
    expect(await outcomeOf(objects.create(sec(), { metadata: { name: 'bad' }, data: { password: 's3cret' } }))).toBe(
      'BAD_REQUEST: Secret in version "v1" cannot be handled as a Secret: illegal base64 data at input byte 4',
    );
    expect(await store.currentRevision(sandboxId)).toBe(before);
  });
});
