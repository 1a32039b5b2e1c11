import { randomUUID } from 'node:crypto';
import { Test, TestingModule } from '@nestjs/testing';
import { ConfigModule } from '@ksb/config';
import { RedisModule } from '@ksb/redis';
import { eventually, useTestEnv } from '@ksb/testing';
import { ReconcileModule, ReconcileService } from './reconcile.module';
import type { Reconciler, ReconcileResult } from './reconciler';

/** A reconciler whose behaviour each test scripts, recording every run. */
class ScriptedReconciler implements Reconciler {
  readonly name = `test-${randomUUID().slice(0, 8)}`;
  readonly runs: Array<{ key: string; at: number }> = [];
  readonly running = new Map<string, number>();
  maxConcurrentPerKey = 0;
  keys: string[] = [];
  behaviour: (key: string, run: number) => Promise<ReconcileResult> = () => Promise.resolve({});

  async reconcile(key: string): Promise<ReconcileResult> {
    const now = (this.running.get(key) ?? 0) + 1;
    this.running.set(key, now);
    this.maxConcurrentPerKey = Math.max(this.maxConcurrentPerKey, now);
    this.runs.push({ key, at: Date.now() });
    try {
      return await this.behaviour(key, this.runs.filter((r) => r.key === key).length);
    } finally {
      this.running.set(key, (this.running.get(key) ?? 1) - 1);
    }
  }

  listKeys(): Promise<string[]> {
    return Promise.resolve(this.keys);
  }

  runsOf(key: string): number {
    return this.runs.filter((r) => r.key === key).length;
  }
}

/** A promise the test resolves by hand. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => undefined as void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe('reconcile framework (BullMQ on Redis)', () => {
  let moduleRef: TestingModule;
  let service: ReconcileService;

  beforeAll(async () => {
    useTestEnv({ RECONCILE_BACKOFF_BASE_MS: '50', RECONCILE_BACKOFF_MAX_MS: '2000', RESYNC_INTERVAL_SECONDS: '1' });
    moduleRef = await Test.createTestingModule({ imports: [ConfigModule, RedisModule, ReconcileModule] }).compile();
    moduleRef.enableShutdownHooks();
    await moduleRef.init();
    service = moduleRef.get(ReconcileService);
  });
  afterAll(() => moduleRef.close());

  const quiet = (reconciler: Reconciler) =>
    eventually(async () => (await service.queue(reconciler.name).pending()) === 0);

  it('never runs one key twice at once, and a change during a run earns exactly one more run', async () => {
    const reconciler = new ScriptedReconciler();
    const first = gate();
    reconciler.behaviour = async (_key, run) => {
      if (run === 1) await first.wait;
      return {};
    };
    await service.run(reconciler, 4);
    const queue = service.queue(reconciler.name);
    await queue.enqueue('ns/a');
    await eventually(() => reconciler.runsOf('ns/a') === 1);
    for (let i = 0; i < 5; i++) await queue.enqueue('ns/a'); // changes while it runs
    first.open();
    await eventually(() => reconciler.runsOf('ns/a') === 2);
    await quiet(reconciler);
    expect(reconciler.runsOf('ns/a')).toBe(2);
    expect(reconciler.maxConcurrentPerKey).toBe(1);
  });

  it('runs different keys in parallel and collapses duplicate enqueues of a waiting key', async () => {
    const reconciler = new ScriptedReconciler();
    const hold = gate();
    reconciler.behaviour = async () => {
      await hold.wait;
      return {};
    };
    await service.run(reconciler, 3);
    const queue = service.queue(reconciler.name);
    await Promise.all(['a', 'b', 'c'].map((key) => queue.enqueue(key)));
    await eventually(() => reconciler.runs.length === 3); // all three at once
    hold.open();
    await quiet(reconciler);
    expect(reconciler.maxConcurrentPerKey).toBe(1);
  });

  it('backs off exponentially while a reconcile fails, then succeeds', async () => {
    const reconciler = new ScriptedReconciler();
    reconciler.behaviour = (_key, run) => (run <= 3 ? Promise.reject(new Error(`boom ${run}`)) : Promise.resolve({}));
    await service.run(reconciler, 1);
    await service.queue(reconciler.name).enqueue('flaky');
    await eventually(() => reconciler.runsOf('flaky') === 4);
    await quiet(reconciler);
    const at = reconciler.runs.map((r) => r.at);
    const gaps = at.slice(1).map((t, i) => t - at[i]);
    // base 50 ms doubling: at least 50, 100, 200 ms between attempts
    expect(gaps[0]).toBeGreaterThanOrEqual(45);
    expect(gaps[1]).toBeGreaterThanOrEqual(95);
    expect(gaps[2]).toBeGreaterThanOrEqual(190);
    expect(reconciler.runsOf('flaky')).toBe(4);
  });

  it('requeues after the time a reconcile asks for', async () => {
    const reconciler = new ScriptedReconciler();
    reconciler.behaviour = (_key, run) => Promise.resolve(run < 3 ? { requeueAfterMs: 100 } : {});
    await service.run(reconciler, 1);
    await service.queue(reconciler.name).enqueue('later');
    await eventually(() => reconciler.runsOf('later') === 3);
    await quiet(reconciler);
    expect(reconciler.runsOf('later')).toBe(3);
  });

  it('a change does not wait behind a requeue delay', async () => {
    const reconciler = new ScriptedReconciler();
    reconciler.behaviour = (_key, run) => Promise.resolve(run === 1 ? { requeueAfterMs: 600_000 } : {});
    await service.run(reconciler, 1);
    const queue = service.queue(reconciler.name);
    await queue.enqueue('k');
    await eventually(async () => reconciler.runsOf('k') === 1 && (await queue.pending()) === 1);
    await queue.enqueue('k');
    await eventually(() => reconciler.runsOf('k') === 2);
  });

  it('heals lost jobs through the periodic resync', async () => {
    const reconciler = new ScriptedReconciler();
    reconciler.keys = ['never-enqueued'];
    await service.run(reconciler, 1);
    // runs again every resync interval (1 s here), with nothing ever enqueued by hand
    await eventually(() => reconciler.runsOf('never-enqueued') >= 2, { timeoutMs: 10_000 });
  });
});
