import { randomBytes } from 'node:crypto';
import type { TestingModule } from '@nestjs/testing';
import type { Pool } from 'pg';
import { PG_POOL, PrismaService } from '@ksb/database';
import { RedisConnections } from '@ksb/redis';
import { createSandboxFixture, createStoreContext, eventually } from '@ksb/testing';
import { sealingKeyFrom } from '@ksb/encryption';
import type { ChangeEvent, KubeObject } from '../objects/kube-object';
import { StoreService } from '../store.service';
import type { Watch } from '../watch/watch';
import { changeChannel } from '../watch/change-channel';
import { ENVELOPE_PREFIX, LAST_APPLIED } from './secret-envelope';

const PLAIN = 'correct-horse-battery-staple';
const BASE64 = Buffer.from(PLAIN).toString('base64');

const secret = (name: string, extra: Partial<KubeObject> = {}): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: {
    name,
    namespace: 'default',
    annotations: { [LAST_APPLIED]: JSON.stringify({ data: { password: BASE64 } }) },
  },
  type: 'Opaque',
  data: { password: BASE64 },
  ...extra,
});

function collect(watch: Watch): ChangeEvent[] {
  const events: ChangeEvent[] = [];
  void (async () => {
    for await (const event of watch) events.push(event);
  })();
  return events;
}

/** A store whose process sees exactly these encryption variables. */
async function storeWith(env: { ENCRYPTION_KEY?: string; ENCRYPTION_KEYS_OLD?: string }): Promise<TestingModule> {
  delete process.env.ENCRYPTION_KEY;
  delete process.env.ENCRYPTION_KEYS_OLD;
  return createStoreContext(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)));
}

describe('Secrets encrypted at rest (Postgres, Redis)', () => {
  const keyA = randomBytes(32).toString('base64');
  const keyB = randomBytes(32).toString('base64');
  const modules: TestingModule[] = [];
  let pool: Pool;
  let prisma: PrismaService;

  const rawBodies = async (sandboxId: string): Promise<string> => {
    const objects = await pool.query<{ body: string }>(
      'SELECT body::text AS body FROM store_objects WHERE sandbox_id = $1',
      [sandboxId],
    );
    const changes = await pool.query<{ body: string }>(
      'SELECT body::text AS body FROM store_changes WHERE sandbox_id = $1',
      [sandboxId],
    );
    return [...objects.rows, ...changes.rows].map((row) => row.body).join('\n');
  };
  const open = async (env: Parameters<typeof storeWith>[0]) => {
    const moduleRef = await storeWith(env);
    modules.push(moduleRef);
    return moduleRef;
  };

  beforeAll(async () => {
    const first = await open({ ENCRYPTION_KEY: keyA });
    pool = first.get<Pool>(PG_POOL);
    prisma = first.get(PrismaService);
  });
  afterAll(async () => {
    for (const moduleRef of modules) await moduleRef.close();
  });

  it('keeps values out of the database and Redis, and serves them opened on every read path', async () => {
    const moduleRef = modules[0];
    const store = moduleRef.get(StoreService);
    const redis = moduleRef.get(RedisConnections);
    const { sandboxId } = await createSandboxFixture(prisma);
    const messages: string[] = [];
    const subscriber = redis.create();
    subscriber.on('message', (_channel: string, message: string) => messages.push(message));
    await subscriber.subscribe(changeChannel(redis.prefix, sandboxId));
    const live = collect(await store.watch(sandboxId, 0, { resource: 'secrets' }));
    try {
      const created = await store.create(sandboxId, 'secrets', 'default', secret('db'));
      expect(created.object.data).toEqual({ password: BASE64 });
      const key = { sandboxId, resource: 'secrets', namespace: 'default', name: 'db' };
      await store.guaranteedUpdate(key, (current) => ({ ...current, stringData: { extra: PLAIN } }));
      await store.create(sandboxId, 'secrets', 'default', secret('gone'));
      await store.delete({ ...key, name: 'gone' });

      const raw = await rawBodies(sandboxId);
      expect(raw).not.toContain(PLAIN);
      expect(raw).not.toContain(BASE64);
      expect(raw).toContain(ENVELOPE_PREFIX + sealingKeyFrom(keyA).id);
      await eventually(() => messages.length >= 4);
      expect(messages.join('\n')).not.toContain(PLAIN);
      expect(messages.join('\n')).not.toContain(BASE64);

      const got = await store.get(key);
      expect(got.object.data).toEqual({ password: BASE64 });
      expect(got.object.stringData).toEqual({ extra: PLAIN });
      expect(got.object.metadata.annotations?.[LAST_APPLIED]).toContain(BASE64);
      const listed = await store.list({ sandboxId, resource: 'secrets', namespace: 'default' });
      expect(listed.items.map((item) => item.object.data)).toEqual([{ password: BASE64 }]);

      await eventually(() => live.length === 4);
      const backfilled = collect(await store.watch(sandboxId, 0, { resource: 'secrets' }));
      await eventually(() => backfilled.length === 4);
      for (const events of [live, backfilled]) {
        expect(events.map((e) => [e.type, e.name, e.object.data])).toEqual([
          ['ADDED', 'db', { password: BASE64 }],
          ['MODIFIED', 'db', { password: BASE64 }],
          ['ADDED', 'gone', { password: BASE64 }],
          ['DELETED', 'gone', { password: BASE64 }],
        ]);
      }
    } finally {
      await subscriber.quit();
    }
  });

  it('reads values sealed with a former key and seals rewrites with the current one', async () => {
    const before = modules[0].get(StoreService);
    const { sandboxId } = await createSandboxFixture(prisma);
    const key = (name: string) => ({ sandboxId, resource: 'secrets', namespace: 'default', name });
    await before.create(sandboxId, 'secrets', 'default', secret('old'));
    await before.create(sandboxId, 'secrets', 'default', secret('kept'));

    const rotated = (await open({ ENCRYPTION_KEY: keyB, ENCRYPTION_KEYS_OLD: keyA })).get(StoreService);
    expect((await rotated.get(key('old'))).object.data).toEqual({ password: BASE64 });
    await rotated.guaranteedUpdate(key('old'), (current) => current);
    const stored = await pool.query<{ body: string }>(
      `SELECT body::text AS body FROM store_objects WHERE sandbox_id = $1 AND name = 'old'`,
      [sandboxId],
    );
    expect(stored.rows[0].body).toContain(ENVELOPE_PREFIX + sealingKeyFrom(keyB).id);

    const onlyNew = (await open({ ENCRYPTION_KEY: keyB })).get(StoreService);
    expect((await onlyNew.get(key('old'))).object.data).toEqual({ password: BASE64 });
    await expect(onlyNew.get(key('kept'))).rejects.toThrow(
      `is sealed with key id ${sealingKeyFrom(keyA).id}, which is neither ENCRYPTION_KEY nor one of ENCRYPTION_KEYS_OLD`,
    );
  });

  it('stores values as they are without a key, and seals them once one is set', async () => {
    const plain = (await open({})).get(StoreService);
    const { sandboxId } = await createSandboxFixture(prisma);
    const key = { sandboxId, resource: 'secrets', namespace: 'default', name: 'plain' };
    await plain.create(sandboxId, 'secrets', 'default', secret('plain'));
    expect(await rawBodies(sandboxId)).toContain(BASE64);

    const keyed = modules[0].get(StoreService);
    expect((await keyed.get(key)).object.data).toEqual({ password: BASE64 });
    await keyed.guaranteedUpdate(key, (current) => current);
    const current = await pool.query<{ body: string }>(
      'SELECT body::text AS body FROM store_objects WHERE sandbox_id = $1',
      [sandboxId],
    );
    expect(current.rows[0].body).not.toContain(BASE64);
  });
});
