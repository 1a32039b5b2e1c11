import type { TestingModule } from '@nestjs/testing';
import { APP_CONFIG, AppConfig } from '@ksb/config';
import { PrismaService } from '@ksb/database';
import { DomainError } from '@ksb/errors';
import { RedisConnections } from '@ksb/redis';
import { parseLabelSelector } from '@ksb/selectors';
import { createSandboxFixture, createStoreContext, eventually } from '@ksb/testing';
import { ChangesRepository } from '../changes/changes.repository';
import { CompactionReconciler } from '../compaction/compaction.reconciler';
import type { ChangeEvent } from '../objects/kube-object';
import { ObjectsRepository } from '../objects/objects.repository';
import { StoreService } from '../store.service';
import type { Watch } from './watch';

const WRITERS = 20;
const WRITE_SECONDS = Number(process.env.KSB_TEST_WATCH_SECONDS ?? 10);

/** Collects a watch's events in the background. */
function collect(watch: Watch): { events: ChangeEvent[]; done: Promise<unknown> } {
  const events: ChangeEvent[] = [];
  const done = (async () => {
    for await (const event of watch) events.push(event);
  })().catch((error: unknown) => error);
  return { events, done };
}

describe('watch (Postgres + Redis)', () => {
  let moduleRef: TestingModule;
  let store: StoreService;
  let prisma: PrismaService;
  let redis: RedisConnections;

  beforeAll(async () => {
    moduleRef = await createStoreContext({ WATCH_POLL_MS: '200' });
    store = moduleRef.get(StoreService);
    prisma = moduleRef.get(PrismaService);
    redis = moduleRef.get(RedisConnections);
  });
  afterAll(() => moduleRef.close());

  it(`delivers every change of ${WRITERS} concurrent writers exactly once in order, despite a dropped subscription and lost publishes`, async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    const objects = moduleRef.get(ObjectsRepository);
    for (let i = 0; i < 10; i++) {
      await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: `early-${i}` } });
    }
    const from = 5; // a past revision
    const watch = await store.watch(sandboxId, from);
    const seen = collect(watch);

    const deadline = Date.now() + WRITE_SECONDS * 1000;
    let killed = false;
    let silent = 0;
    const writer = async (w: number) => {
      const name = `writer-${w}`;
      let current = await store.create(sandboxId, 'configmaps', 'default', { metadata: { name }, data: { n: '0' } });
      const revisions = [current.revision];
      for (let n = 1; Date.now() < deadline; n++) {
        if (w === 0 && !killed && Date.now() > deadline - (WRITE_SECONDS * 1000) / 2) {
          killed = true; // drop this process's Redis subscription mid-way
          const clients = await redis.client.call('CLIENT', 'LIST', 'TYPE', 'pubsub');
          const mine = String(clients)
            .split('\n')
            .filter((line) => line.includes(`name=${redis.prefix}-watch-${process.pid}`))
            .map((line) => /id=(\d+)/.exec(line)?.[1]);
          for (const id of mine) if (id) await redis.client.call('CLIENT', 'KILL', 'ID', id);
          expect(mine.length).toBeGreaterThan(0);
        }
        const body = { ...current.object, data: { n: String(n) } };
        if (w === 1 && n % 25 === 0) {
          // committed without publishing: a lost publish
          silent++;
          const [event] = await objects.commit(sandboxId, [
            {
              op: 'update',
              resource: 'configmaps',
              namespace: 'default',
              name,
              body: { ...body, metadata: { ...body.metadata, resourceVersion: undefined } },
              labels: {},
              fields: {},
              expectRevision: current.revision,
            },
          ]);
          current = { ...current, revision: event.revision, object: event.object };
        } else {
          current = await store.update(current.key, body);
        }
        revisions.push(current.revision);
      }
      return revisions;
    };
    const perWriter = await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
    // a lost publish as the very last write: nothing follows it, the poller must find it
    const last = await objects.commit(sandboxId, [
      {
        op: 'create',
        resource: 'configmaps',
        namespace: 'default',
        name: 'last',
        uid: '00000000-0000-4000-8000-000000000001',
        body: { metadata: { name: 'last', uid: '00000000-0000-4000-8000-000000000001' } },
        labels: {},
        fields: {},
      },
    ]);
    const final = last[0].revision;
    expect(await store.currentRevision(sandboxId)).toBe(final);
    expect(silent).toBeGreaterThan(0);

    for (const revisions of perWriter) {
      for (let i = 1; i < revisions.length; i++) expect(revisions[i]).toBeGreaterThan(revisions[i - 1]);
    }
    // the change log is gap-free: exactly the revisions 1..final
    const log = await moduleRef.get(ChangesRepository).read({ sandboxId, after: 0, limit: 1_000_000 });
    expect(log.map((e) => e.revision)).toEqual(Array.from({ length: final }, (_, i) => i + 1));

    await eventually(() => seen.events.length === final - from, { timeoutMs: 20_000 });
    expect(seen.events.map((e) => e.revision)).toEqual(Array.from({ length: final - from }, (_, i) => from + 1 + i));
    expect(seen.events[seen.events.length - 1].name).toBe('last');
    watch.close();
    await seen.done;
  }, 120_000);

  it('filters by resource, namespace and labels and starts live from the current revision', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    await store.create(sandboxId, 'pods', 'default', { metadata: { name: 'before', labels: { app: 'web' } } });
    const now = await store.currentRevision(sandboxId);
    const watch = await store.watch(sandboxId, now, {
      resource: 'pods',
      namespace: 'team-a',
      labelSelector: parseLabelSelector('app=web'),
    });
    const seen = collect(watch);
    await store.create(sandboxId, 'pods', 'default', { metadata: { name: 'other-ns', labels: { app: 'web' } } });
    await store.create(sandboxId, 'pods', 'team-a', { metadata: { name: 'db', labels: { app: 'db' } } });
    await store.create(sandboxId, 'configmaps', 'team-a', { metadata: { name: 'cm', labels: { app: 'web' } } });
    const web = await store.create(sandboxId, 'pods', 'team-a', { metadata: { name: 'web', labels: { app: 'web' } } });
    await store.delete(web.key);
    await eventually(() => seen.events.length === 2);
    expect(seen.events.map((e) => [e.type, e.name])).toEqual([
      ['ADDED', 'web'],
      ['DELETED', 'web'],
    ]);
    expect(seen.events[1].object.metadata.resourceVersion).toBe(String(seen.events[1].revision));
    watch.close();
    await seen.done;
  });

  it('answers Expired (410) for a revision compacted away, and serves the revisions kept', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    for (let i = 0; i < 12; i++)
      await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: `cm-${i}` } });
    const config = moduleRef.get<AppConfig>(APP_CONFIG);
    const compaction = new CompactionReconciler(moduleRef.get(ChangesRepository), {
      ...config,
      COMPACTION_WINDOW_SECONDS: 0,
      COMPACTION_MIN_REVISIONS: 5,
    });
    expect(await compaction.listKeys()).toContain(sandboxId);
    await compaction.reconcile(sandboxId);
    expect(await compaction.listKeys()).not.toContain(sandboxId);

    // a live watcher of the same sandbox must not be ended by another watcher's failed join
    const bystander = await store.watch(sandboxId, await store.currentRevision(sandboxId));
    const bystanderSeen = collect(bystander);
    const error = await store.watch(sandboxId, 3).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('EXPIRED');
    expect((error as DomainError).message).toBe('too old resource version: 3 (7)');

    const kept = await store.watch(sandboxId, 7);
    const seen = collect(kept);
    await eventually(() => seen.events.length === 5);
    expect(seen.events.map((e) => e.revision)).toEqual([8, 9, 10, 11, 12]);
    kept.close();
    await seen.done;
    expect(bystander.isClosed).toBe(false);
    await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: 'after' } });
    await eventually(() => bystanderSeen.events.some((e) => e.name === 'after'));
    bystander.close();
    await bystanderSeen.done;
  });

  it('keeps the default window: recent changes are not compacted', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    for (let i = 0; i < 3; i++)
      await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: `cm-${i}` } });
    const compaction = moduleRef.get(CompactionReconciler);
    await compaction.reconcile(sandboxId);
    const watch = await store.watch(sandboxId, 0);
    const seen = collect(watch);
    await eventually(() => seen.events.length === 3);
    watch.close();
    await seen.done;
  });

  it('ends the watches of a deleted sandbox', async () => {
    const { sandboxId } = await createSandboxFixture(prisma);
    const watch = await store.watch(sandboxId, 0);
    const seen = collect(watch);
    await prisma.sandbox.delete({ where: { id: sandboxId } });
    await eventually(() => watch.isClosed);
    await seen.done;
  });

  it('keeps a watch opened while a revision poll is in flight (its sandbox is not in that answer)', async () => {
    const early = await createSandboxFixture(prisma);
    const late = await createSandboxFixture(prisma);
    const first = await store.watch(early.sandboxId, 0);
    const changes = moduleRef.get(ChangesRepository);
    const original = changes.revisionStates.bind(changes);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let polled: Promise<unknown> | undefined;
    // Only the first call (the poller's) waits at the gate; any other read goes through.
    const spy = jest.spyOn(changes, 'revisionStates').mockImplementation((ids) => {
      if (polled) return original(ids);
      polled = gate.then(() => original(ids));
      return polled as ReturnType<typeof original>;
    });
    // The poller (every 200 ms here) asks about the early sandbox only, and waits at the gate.
    await eventually(() => polled !== undefined);
    const second = await store.watch(late.sandboxId, 0);
    release();
    await polled;
    spy.mockRestore();
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(second.isClosed).toBe(false);
    expect(first.isClosed).toBe(false);
    first.close();
    second.close();
  });
});
