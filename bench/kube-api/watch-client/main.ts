import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { settledMemory } from '../../support/memory';
import { isWatchCommand, type WatchCommand, type WatchReport } from './protocol';
import { WatchFleet } from './watch-fleet';
import { writeAndCollect } from './writer';

/**
 * The watch process: the benchmark forks it so the watches' client side (sockets, TLS, parsing) lives
 * outside the server's process, and each side's memory can be measured on its own.
 */

const SETTLE_MS = 500;

let fleet: WatchFleet | undefined;

const report = (message: WatchReport): void => {
  process.send?.(message);
};

const configured = (): WatchFleet => {
  if (!fleet) throw new Error('the watch process was not configured');
  return fleet;
};

async function handle(command: WatchCommand): Promise<void> {
  switch (command.type) {
    case 'configure':
      fleet = new WatchFleet(command);
      return;
    case 'open': {
      const watches = configured();
      const before = await settledMemory();
      const began = performance.now();
      const outcome = await watches.open(command.concurrency, command.resourceVersions);
      const openMs = performance.now() - began;
      await sleep(SETTLE_MS);
      report({ type: 'opened', ...outcome, openMs, before, after: await settledMemory() });
      return;
    }
    case 'write':
      report({ type: 'delivered', result: await writeAndCollect(configured(), command) });
      return;
    case 'exit':
      fleet?.close();
      process.exit(0);
  }
}

process.on('message', (message: unknown) => {
  if (!isWatchCommand(message)) return;
  handle(message).catch((error: unknown) => {
    report({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  });
});
process.on('disconnect', () => process.exit(0));
report({ type: 'ready' });
