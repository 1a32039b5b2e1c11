import type { TestingModule } from '@nestjs/testing';
import { RedisConnections } from '@ksb/redis';
import { StoreService } from '@ksb/store';
import { createControlPlaneContext, provisionSandbox } from '@ksb/testing';
import { ResyncWatermarks } from './resync-watermarks';

describe('ResyncWatermarks (Postgres + Redis)', () => {
  let moduleRef: TestingModule;

  beforeAll(async () => {
    moduleRef = await createControlPlaneContext();
  });
  afterAll(() => moduleRef.close());

  it('resyncs changed sandboxes only, and every candidate again after Redis lost its data', async () => {
    const marks = moduleRef.get(ResyncWatermarks);
    const a = (await provisionSandbox(moduleRef, { preset: 'single' })).sandboxId;
    const b = (await provisionSandbox(moduleRef, { preset: 'single' })).sandboxId;
    const loop = `test-${Date.now()}`;
    expect((await marks.changed(loop, [a, b])).sort()).toEqual([a, b].sort());
    expect(await marks.changed(loop, [a, b])).toEqual([]);

    await moduleRef
      .get(StoreService)
      .create(a, 'configmaps', 'default', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } });
    expect(await marks.changed(loop, [a, b])).toEqual([a]);

    const redis = moduleRef.get(RedisConnections);
    await redis.client.del(`${redis.prefix}:resync-marks:${loop}`);
    expect((await marks.changed(loop, [a, b])).sort()).toEqual([a, b].sort());
  });
});
