import type { AddressInfo } from 'node:net';
import { PrismaService } from '@ksb/database';
import { SandboxesService } from '@ksb/sandboxes';
import { StoreService } from '@ksb/store';
import { TenancyService } from '@ksb/tenancy';
import { eventually, useTestEnv } from '@ksb/testing';
import { createWorkerApp, WorkerApp } from '../src/worker.app';

describe('worker (Postgres + Redis)', () => {
  let worker: WorkerApp;

  beforeAll(async () => {
    useTestEnv({ RESYNC_INTERVAL_SECONDS: '1' });
    worker = await createWorkerApp({ healthPort: 0 });
  });
  afterAll(() => worker.close());

  it('serves /healthz and /readyz on its health port', async () => {
    const port = (worker.health?.address() as AddressInfo).port;
    const live = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(live.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ ready: true, checks: { database: 'up', redis: 'up' } });
  });

  it('expires a sandbox at its TTL: Expired in its status, its cluster purged', async () => {
    const ctx = worker.context;
    const tenant = await ctx.get(TenancyService).createTenant({ kind: 'admin' }, 'ttl');
    const sandboxes = ctx.get(SandboxesService);
    const keep = await sandboxes.create(
      { kind: 'admin' },
      { tenantId: tenant.id, name: 'keep', preset: 'single', ttlSeconds: 3600 },
    );
    const doomed = await sandboxes.create(
      { kind: 'admin' },
      { tenantId: tenant.id, name: 'doomed', preset: 'single', ttlSeconds: 60 },
    );
    // Let its TTL run out now rather than in a minute.
    await ctx
      .get(PrismaService)
      .sandbox.update({ where: { id: doomed.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const expired = await eventually(async () => {
      const view = await sandboxes.get({ kind: 'admin' }, doomed.id);
      return view.status.phase === 'Expired' ? view : false;
    });
    expect(expired.status.message).toMatch(/^sandbox expired at .*\(its TTL ended\)$/);
    const store = ctx.get(StoreService);
    await expect(store.currentRevision(doomed.id)).rejects.toThrow('not found');
    expect(await store.keys(doomed.id)).toEqual([]);
    // the other sandbox is untouched
    expect((await sandboxes.get({ kind: 'admin' }, keep.id)).status.phase).toBe('Ready');
    expect((await store.keys(keep.id)).length).toBeGreaterThan(0);
  });
});
