import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@ksb/config';
import { DatabaseModule, PrismaService } from '@ksb/database';
import { RedisModule } from '@ksb/redis';
import { StoreService } from '@ksb/store';
import { createSandboxFixture, useTestEnv, outcomeOf } from '@ksb/testing';
import { invalidValue } from './field-errors';
import { KubeObjectsModule } from './kube-objects.module';
import type { KindInfo } from './kind-info';
import { ObjectsService } from './objects.service';
import type { Scope } from './object-scope';

const configMaps: KindInfo = {
  group: '',
  version: 'v1',
  kind: 'ConfigMap',
  plural: 'configmaps',
  namespaced: true,
  storeName: 'configmaps',
};
const deployments: KindInfo = {
  group: 'apps',
  version: 'v1',
  kind: 'Deployment',
  plural: 'deployments',
  namespaced: true,
  storeName: 'deployments.apps',
  hasStatus: true,
  defaults: (object) => {
    const spec = (object.spec ??= {}) as { replicas?: number };
    spec.replicas ??= 1;
  },
  validate: (object) => {
    const replicas = (object.spec as { replicas?: number }).replicas ?? 0;
    return replicas < 0 ? [invalidValue('spec.replicas', replicas, 'must be greater than or equal to 0')] : [];
  },
  patchSchema: (path) => (path[path.length - 1] === 'containers' ? { strategy: 'merge', mergeKey: 'name' } : undefined),
};

describe('ObjectsService (Postgres)', () => {
  let moduleRef: TestingModule;
  let objects: ObjectsService;
  let store: StoreService;
  let sandboxId: string;
  const cm = (): Scope => ({ sandboxId, kind: configMaps, namespace: 'default' });
  const deploy = (): Scope => ({ sandboxId, kind: deployments, namespace: 'default' });

  beforeAll(async () => {
    useTestEnv();
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DatabaseModule, RedisModule, KubeObjectsModule],
    }).compile();
    await moduleRef.init();
    objects = moduleRef.get(ObjectsService);
    store = moduleRef.get(StoreService);
    ({ sandboxId } = await createSandboxFixture(moduleRef.get(PrismaService)));
    await store.create(sandboxId, 'namespaces', '', { metadata: { name: 'default' }, status: { phase: 'Active' } });
  });
  afterAll(() => moduleRef.close());

  it('creates with apiVersion, kind, namespace and generation filled in', async () => {
    const created = await objects.create(cm(), { metadata: { name: 'settings' }, data: { a: '1' } });
    expect(created).toMatchObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'settings', namespace: 'default', generation: 1 },
      data: { a: '1' },
    });
    expect(created.metadata.uid).toBeDefined();
    const named = await objects.create(cm(), { metadata: { generateName: 'web-' } });
    expect(named.metadata.name).toMatch(/^web-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
  });

  it('rejects bad objects with upstream wording and writes nothing', async () => {
    const before = await store.currentRevision(sandboxId);
    expect(await outcomeOf(objects.create({ ...cm(), namespace: 'nope' }, { metadata: { name: 'x' } }))).toBe(
      'NOT_FOUND: namespaces "nope" not found',
    );
    expect(await outcomeOf(objects.create(cm(), { metadata: { name: 'Bad_Name' } }))).toMatch(
      /^INVALID: ConfigMap "Bad_Name" is invalid: metadata.name: Invalid value: "Bad_Name": a lowercase RFC 1123 subdomain/,
    );
    expect(await outcomeOf(objects.create(cm(), { metadata: {} }))).toBe(
      'INVALID: ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required',
    );
    expect(await outcomeOf(objects.create(cm(), { apiVersion: 'apps/v1', metadata: { name: 'x' } }))).toBe(
      'BAD_REQUEST: the API version in the data (apps/v1) does not match the expected API version (v1)',
    );
    expect(await outcomeOf(objects.create(cm(), { metadata: { name: 'x', namespace: 'other' } }))).toBe(
      'BAD_REQUEST: the namespace of the provided object does not match the namespace sent on the request',
    );
    expect(await outcomeOf(objects.create(deploy(), { metadata: { name: 'web' }, spec: { replicas: -1 } }))).toBe(
      'INVALID: Deployment.apps "web" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0',
    );
    expect(await outcomeOf(objects.create(cm(), { metadata: { name: 'dry' } }, { dryRun: true }))).toBe('OK');
    expect(await outcomeOf(objects.get(cm(), 'dry'))).toBe('NOT_FOUND: configmaps "dry" not found');
    expect(await store.currentRevision(sandboxId)).toBe(before);
  });

  it('bumps generation on spec changes only, and keeps status out of main writes', async () => {
    const created = await objects.create(deploy(), {
      metadata: { name: 'gen' },
      spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx:1.25' }] } } },
    });
    expect(created.spec).toMatchObject({ replicas: 1 });
    const labelled = await objects.patch(deploy(), 'gen', 'merge', { metadata: { labels: { tier: 'web' } } });
    expect(labelled.metadata.generation).toBe(1);
    const rolled = await objects.patch(deploy(), 'gen', 'strategic', {
      spec: { template: { spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } },
    });
    expect(rolled.metadata.generation).toBe(2);
    expect(rolled.spec).toMatchObject({ template: { spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] } } });

    const ignored = await objects.replace(deploy(), 'gen', { ...rolled, status: { replicas: 5 } });
    expect(ignored.status).toBeUndefined();
    const status = await objects.replace(
      deploy(),
      'gen',
      { ...ignored, status: { replicas: 5 }, spec: { replicas: 9 } },
      { subresource: 'status' },
    );
    expect(status.status).toEqual({ replicas: 5 });
    expect(status.spec).toMatchObject({ replicas: 1 });
  });

  it('replaces conditionally and checks the name on the URL', async () => {
    const created = await objects.create(cm(), { metadata: { name: 'cond' }, data: { v: '1' } });
    await objects.replace(cm(), 'cond', { ...created, data: { v: '2' } });
    expect(await outcomeOf(objects.replace(cm(), 'cond', { ...created, data: { v: '3' } }))).toMatch(
      /^CONFLICT: Operation cannot be fulfilled on configmaps "cond"/,
    );
    expect(await outcomeOf(objects.replace(cm(), 'cond', { metadata: { name: 'other' } }))).toBe(
      'BAD_REQUEST: the name of the object (other) does not match the name on the URL (cond)',
    );
  });

  it('applies JSON patches and reports failures as Invalid', async () => {
    await objects.create(cm(), { metadata: { name: 'jp' }, data: { a: '1' } });
    const patched = await objects.patch(cm(), 'jp', 'json', [{ op: 'replace', path: '/data/a', value: '2' }]);
    expect(patched.data).toEqual({ a: '2' });
    expect(await outcomeOf(objects.patch(cm(), 'jp', 'json', [{ op: 'remove', path: '/data/nope' }]))).toMatch(
      /^INVALID: remove operation does not apply/,
    );
  });

  it('lists with selectors and refuses malformed ones', async () => {
    await objects.create(cm(), { metadata: { name: 'l1', labels: { app: 'a' } } });
    await objects.create(cm(), { metadata: { name: 'l2', labels: { app: 'b' } } });
    const listed = await objects.list(cm(), { labelSelector: 'app in (a)' });
    expect(listed.items.map((i) => i.metadata.name)).toEqual(['l1']);
    expect(Number(listed.resourceVersion)).toBeGreaterThan(0);
    expect(await outcomeOf(objects.list(cm(), { labelSelector: 'app in (' }))).toMatch(/^BAD_REQUEST: /);
  });

  it('refuses new objects in a terminating namespace', async () => {
    await store.create(sandboxId, 'namespaces', '', {
      metadata: { name: 'leaving' },
      status: { phase: 'Terminating' },
    });
    expect(await outcomeOf(objects.create({ ...cm(), namespace: 'leaving' }, { metadata: { name: 'x' } }))).toBe(
      'FORBIDDEN: configmaps "x" is forbidden: unable to create new content in namespace leaving because it is being terminated',
    );
  });

  it('marks a deleted namespace Terminating and refuses new content there; system namespaces stay', async () => {
    const ns: Scope = {
      sandboxId,
      kind: {
        group: '',
        version: 'v1',
        kind: 'Namespace',
        plural: 'namespaces',
        namespaced: false,
        storeName: 'namespaces',
      },
    };
    await objects.create(ns, { metadata: { name: 'scratch' } });
    const inside = { ...cm(), namespace: 'scratch' };
    await objects.create(inside, { metadata: { name: 'a' } });
    const result = await objects.delete(ns, 'scratch');
    expect(result.deleted).toBe(false);
    expect(result.object.metadata.deletionTimestamp).toBeDefined();
    expect(result.object.status).toEqual({ phase: 'Terminating' });
    // the namespace controller empties it; until then its content stays and nothing new gets in
    expect((await objects.list(inside)).items.map((item) => item.metadata.name)).toEqual(['a']);
    expect(await outcomeOf(objects.create(inside, { metadata: { name: 'late' } }))).toBe(
      'FORBIDDEN: configmaps "late" is forbidden: unable to create new content in namespace scratch because it is being terminated',
    );
    expect((await objects.delete(ns, 'scratch')).deleted).toBe(false);
    expect(await outcomeOf(objects.delete(ns, 'default'))).toBe(
      'FORBIDDEN: namespaces "default" is forbidden: this namespace may not be deleted',
    );
  });

  it('deletes, with NotFound after', async () => {
    await objects.create(cm(), { metadata: { name: 'gone' } });
    expect((await objects.delete(cm(), 'gone')).deleted).toBe(true);
    expect(await outcomeOf(objects.delete(cm(), 'gone'))).toBe('NOT_FOUND: configmaps "gone" not found');
  });
});
