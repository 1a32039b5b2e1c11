import type { TestingModule } from '@nestjs/testing';
import { PrismaService } from '@ksb/database';
import { createSandboxFixture, createStoreContext } from '@ksb/testing';
import { StoreService } from '../store.service';
import { EventTtlReconciler } from './event-ttl.reconciler';

const event = (name: string, lastTimestamp: string) => ({
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name },
  involvedObject: { kind: 'Pod', name: 'web', namespace: 'default' },
  reason: 'Started',
  message: 'Started container web',
  lastTimestamp,
});

describe('event TTL (Postgres)', () => {
  let moduleRef: TestingModule;

  beforeAll(async () => {
    moduleRef = await createStoreContext({ EVENT_TTL_SECONDS: '3600' });
  });
  afterAll(() => moduleRef.close());

  it('deletes events last seen before the TTL, through the store, and never counts events toward the quota', async () => {
    const { sandboxId } = await createSandboxFixture(moduleRef.get(PrismaService), { maxObjects: 1 });
    const store = moduleRef.get(StoreService);
    const old = new Date(Date.now() - 2 * 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const fresh = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    await store.create(sandboxId, 'events', 'default', event('web.old', old));
    await store.create(sandboxId, 'events', 'default', event('web.fresh', fresh));
    await store.create(sandboxId, 'configmaps', 'default', { metadata: { name: 'only-one-allowed' } });

    const ttl = moduleRef.get(EventTtlReconciler);
    expect(await ttl.listKeys()).toContain(sandboxId);
    const from = await store.currentRevision(sandboxId);
    await ttl.reconcile(sandboxId);
    const names = (await store.list({ sandboxId, resource: 'events' })).items.map((e) => e.key.name);
    expect(names).toEqual(['web.fresh']);
    // watchers see the expiry as a DELETED change
    const watch = await store.watch(sandboxId, from, { resource: 'events' });
    const first = await watch.next();
    watch.close();
    expect(first.value).toMatchObject({ type: 'DELETED', name: 'web.old' });
    expect(await ttl.listKeys()).not.toContain(sandboxId);
  });
});
