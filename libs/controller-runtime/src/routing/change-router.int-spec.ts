import type { TestingModule } from '@nestjs/testing';
import { ReconcileService } from '@ksb/reconcile';
import { StoreService } from '@ksb/store';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { ChangeRouter } from './change-router.service';

describe('ChangeRouter (Postgres + Redis)', () => {
  let moduleRef: TestingModule;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext();
  });
  afterAll(() => moduleRef.close());

  it('enqueues the sandbox on the loops watching a committed resource, and only those', async () => {
    const router = moduleRef.get(ChangeRouter);
    // Loops that are never run here: only their routing is under test.
    const idle = { reconcile: () => Promise.resolve({}), listKeys: () => Promise.resolve([]) };
    router.register({ name: 'test-configmaps', triggers: ['configmaps'], ...idle });
    router.register({ name: 'test-secrets', triggers: ['secrets'], ...idle });
    const { sandboxId } = await provisionSandbox(moduleRef, { preset: 'single' });
    const reconcile = moduleRef.get(ReconcileService);
    const waiting = async (name: string) =>
      (await reconcile.queue(name).queue.getJobs(['waiting'])).map((job) => job.data.key);

    await moduleRef
      .get(StoreService)
      .create(sandboxId, 'configmaps', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } });

    expect(await waiting('test-configmaps')).toContain(sandboxId);
    expect(await waiting('test-secrets')).not.toContain(sandboxId);
    await reconcile.queue('test-configmaps').queue.obliterate({ force: true });
  });
});
