import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@ksb/config';
import { DatabaseModule } from '@ksb/database';
import { RedisModule } from '@ksb/redis';
import { StoreModule } from '@ksb/store';
import { useTestEnv } from './test-env';

/** A Nest module with the real store on the test database and Redis. */
export async function createStoreContext(env: Record<string, string> = {}): Promise<TestingModule> {
  useTestEnv({ ...env });
  const moduleRef = await Test.createTestingModule({
    imports: [ConfigModule, DatabaseModule, RedisModule, StoreModule],
  }).compile();
  moduleRef.enableShutdownHooks();
  await moduleRef.init();
  return moduleRef;
}
