import type { TestingModule } from '@nestjs/testing';
import { PrismaService } from '@ksb/database';
import { DomainError } from '@ksb/errors';
import { parseFieldSelector, parseLabelSelector } from '@ksb/selectors';
import { createSandboxFixture, createStoreContext } from '@ksb/testing';
import type { KubeObject } from './objects/kube-object';
import { StoreService } from './store.service';

const pod = (name: string, labels: Record<string, string> = {}, extra: Partial<KubeObject> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels },
  spec: { containers: [{ name: 'c', image: 'nginx' }] },
  ...extra,
});

const codeOf = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise;
    return 'OK';
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
};

describe('StoreService (Postgres)', () => {
  let moduleRef: TestingModule;
  let store: StoreService;
  let prisma: PrismaService;

  beforeAll(async () => {
    moduleRef = await createStoreContext();
    store = moduleRef.get(StoreService);
    prisma = moduleRef.get(PrismaService);
  });
  afterAll(() => moduleRef.close());

  it('creates, reads and lists objects with resourceVersions from the sandbox revision', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    const a = await store.create(sandboxId, 'pods', 'default', pod('a', { app: 'web' }));
    const b = await store.create(sandboxId, 'pods', 'default', pod('b', { app: 'db' }));
    expect([a.revision, b.revision]).toEqual([1, 2]);
    expect(a.object.metadata.uid).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.object.metadata.creationTimestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(a.object.metadata.resourceVersion).toBe('1');

    const got = await store.get({ sandboxId, resource: 'pods', namespace: 'default', name: 'a' });
    expect(got.object).toEqual(a.object);

    const all = await store.list({ sandboxId, resource: 'pods', namespace: 'default' });
    expect(all.items.map((i) => i.key.name)).toEqual(['a', 'b']);
    expect(all.revision).toBe(2);
    const web = await store.list({
      sandboxId,
      resource: 'pods',
      labelSelector: parseLabelSelector('app in (web,api)'),
    });
    expect(web.items.map((i) => i.key.name)).toEqual(['a']);
    const notWeb = await store.list({ sandboxId, resource: 'pods', labelSelector: parseLabelSelector('app!=web') });
    expect(notWeb.items.map((i) => i.key.name)).toEqual(['b']);
    const byName = await store.list({
      sandboxId,
      resource: 'pods',
      fieldSelector: parseFieldSelector('metadata.name=b'),
    });
    expect(byName.items.map((i) => i.key.name)).toEqual(['b']);
  });

  it('answers AlreadyExists, NotFound and BadRequest with upstream wording', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    await store.create(sandboxId, 'pods', 'default', pod('a'));
    await expect(store.create(sandboxId, 'pods', 'default', pod('a'))).rejects.toThrow('pods "a" already exists');
    await expect(
      store.get({ sandboxId, resource: 'deployments.apps', namespace: 'default', name: 'x' }),
    ).rejects.toThrow('deployments.apps "x" not found');
    expect(
      await codeOf(store.list({ sandboxId, resource: 'pods', fieldSelector: parseFieldSelector('spec.bogus=1') })),
    ).toBe('BAD_REQUEST');
    // a failed write leaves no revision behind
    expect(await store.currentRevision(sandboxId)).toBe(1);
  });

  it('filters on indexed fields such as spec.nodeName and status.phase', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    await store.create(
      sandboxId,
      'pods',
      'default',
      pod('a', {}, { spec: { nodeName: 'node-1' }, status: { phase: 'Running' } }),
    );
    await store.create(sandboxId, 'pods', 'default', pod('b', {}, { spec: {}, status: { phase: 'Pending' } }));
    const onNode = await store.list({
      sandboxId,
      resource: 'pods',
      fieldSelector: parseFieldSelector('spec.nodeName=node-1'),
    });
    expect(onNode.items.map((i) => i.key.name)).toEqual(['a']);
    const unscheduled = await store.list({
      sandboxId,
      resource: 'pods',
      fieldSelector: parseFieldSelector('spec.nodeName='),
    });
    expect(unscheduled.items.map((i) => i.key.name)).toEqual(['b']);
    const notRunning = await store.list({
      sandboxId,
      resource: 'pods',
      fieldSelector: parseFieldSelector('status.phase!=Running'),
    });
    expect(notRunning.items.map((i) => i.key.name)).toEqual(['b']);
  });

  it('pages with limit and continue at the revision of the first page', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    for (const name of ['p1', 'p2', 'p3', 'p4', 'p5']) await store.create(sandboxId, 'pods', 'default', pod(name));
    const first = await store.list({ sandboxId, resource: 'pods', limit: 2 });
    expect(first.items.map((i) => i.key.name)).toEqual(['p1', 'p2']);
    await store.create(sandboxId, 'pods', 'default', pod('p6'));
    const second = await store.list({ sandboxId, resource: 'pods', limit: 2, continueToken: first.continueToken });
    expect(second.items.map((i) => i.key.name)).toEqual(['p3', 'p4']);
    expect(second.revision).toBe(first.revision);
    const third = await store.list({ sandboxId, resource: 'pods', limit: 10, continueToken: second.continueToken });
    expect(third.items.map((i) => i.key.name)).toEqual(['p5', 'p6']);
    expect(third.continueToken).toBeUndefined();
    expect(await codeOf(store.list({ sandboxId, resource: 'pods', continueToken: 'garbage' }))).toBe('BAD_REQUEST');
  });

  it('lets exactly one of 100 concurrent updates with the same resourceVersion win', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    const created = await store.create(sandboxId, 'configmaps', 'default', {
      metadata: { name: 'cm' },
      data: { n: '0' },
    });
    const key = created.key;
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        codeOf(store.update(key, { ...created.object, data: { n: String(i + 1) } })),
      ),
    );
    expect(results.filter((r) => r === 'OK')).toHaveLength(1);
    expect(results.filter((r) => r === 'CONFLICT')).toHaveLength(99);
    expect(await store.currentRevision(sandboxId)).toBe(2);
    await expect(store.update(key, created.object)).rejects.toThrow(
      'Operation cannot be fulfilled on configmaps "cm": the object has been modified; please apply your changes to the latest version and try again',
    );
  });

  it('keeps uid and creationTimestamp across updates', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    const created = await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: 'cm' }, data: {} });
    const { uid: _uid, creationTimestamp: _ts, ...metadata } = created.object.metadata;
    const updated = await store.update(created.key, { ...created.object, metadata, data: { a: '1' } });
    expect(updated.object.metadata.uid).toBe(created.object.metadata.uid);
    expect(updated.object.metadata.creationTimestamp).toBe(created.object.metadata.creationTimestamp);
  });

  it('retries read-modify-write on conflict so concurrent increments all land', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    const { key } = await store.create(sandboxId, 'configmaps', 'default', {
      metadata: { name: 'counter' },
      data: { n: '0' },
    });
    await Promise.all(
      Array.from({ length: 8 }, () =>
        store.guaranteedUpdate(key, (current) => {
          const data = current.data as Record<string, string>;
          return { ...current, data: { n: String(Number(data.n) + 1) } };
        }),
      ),
    );
    expect((await store.get(key)).object.data).toEqual({ n: '8' });
  });

  it('deletes through the finalizer protocol', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    const created = await store.create(sandboxId, 'configmaps', 'default', {
      metadata: { name: 'held', finalizers: ['example.com/hold'] },
    });
    const first = await store.delete(created.key);
    expect(first.deleted).toBe(false);
    expect(first.object.object.metadata.deletionTimestamp).toBeDefined();
    const again = await store.delete(created.key);
    expect(again.deleted).toBe(false);
    // removing the last finalizer removes the object
    await store.guaranteedUpdate(created.key, (current) => ({
      ...current,
      metadata: { ...current.metadata, finalizers: [] },
    }));
    expect(await store.find(created.key)).toBeNull();

    const plain = await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: 'plain' } });
    expect(await codeOf(store.delete(plain.key, { uid: 'not-the-uid' }))).toBe('CONFLICT');
    expect((await store.delete(plain.key, { uid: plain.uid })).deleted).toBe(true);
    expect(await codeOf(store.delete(plain.key))).toBe('NOT_FOUND');
  });

  it('commits several objects atomically, or none of them', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: 'taken' } });
    const failed = codeOf(
      store.commit(sandboxId, [
        { op: 'create', resource: 'configmaps', namespace: 'default', object: { metadata: { name: 'fresh' } } },
        { op: 'create', resource: 'configmaps', namespace: 'default', object: { metadata: { name: 'taken' } } },
      ]),
    );
    expect(await failed).toBe('ALREADY_EXISTS');
    expect(await store.find({ sandboxId, resource: 'configmaps', namespace: 'default', name: 'fresh' })).toBeNull();
    expect(await store.currentRevision(sandboxId)).toBe(1);
    const events = await store.commit(sandboxId, [
      { op: 'create', resource: 'configmaps', namespace: 'default', object: { metadata: { name: 'x' } } },
      { op: 'create', resource: 'configmaps', namespace: 'default', object: { metadata: { name: 'y' } } },
    ]);
    expect(events.map((e) => [e.type, e.revision])).toEqual([
      ['ADDED', 2],
      ['ADDED', 3],
    ]);
  });

  it('enforces the per-sandbox object quota without half-writing', async () => {
    const { sandboxId } = await createSandboxFixture(prisma, { maxObjects: 2 });
    await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: 'one' } });
    const error = await store
      .commit(sandboxId, [
        { op: 'create', resource: 'configmaps', namespace: 'default', object: { metadata: { name: 'two' } } },
        { op: 'create', resource: 'configmaps', namespace: 'default', object: { metadata: { name: 'three' } } },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('QUOTA_EXCEEDED');
    expect((error as DomainError).message).toContain('at most 2 objects');
    expect((await store.list({ sandboxId, resource: 'configmaps' })).items).toHaveLength(1);
    // deleting frees room again
    await store.delete({ sandboxId, resource: 'configmaps', namespace: 'default', name: 'one' });
    await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: 'two' } });
    await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: 'three' } });
  });

  it('rejects writes to a sandbox that does not exist', async () => {
    expect(await codeOf(store.create('sb-missing', 'pods', 'default', pod('a')))).toBe('NOT_FOUND');
  });
});
