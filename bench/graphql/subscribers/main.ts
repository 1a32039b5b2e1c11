import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { settledMemory } from '../../support/memory';
import { reportToParent, serveCommands } from '../child';
import { ChannelProbe } from './channel-probe';
import { collectDeliveries } from './collect';
import { isSubscriberCommand, type OpenOutcome, type SubscriberCommand, type SubscriberReport } from './protocol';
import { SubscriberFleet } from './subscriber-fleet';

/**
 * The subscriber process: the benchmark forks it so the subscribers' side (sockets, frames, JSON parsing)
 * does not run on the API server's event loop, and each side's memory can be measured on its own.
 */

const SETTLE_MS = 500;

const fleet = new SubscriberFleet();
const probe = new ChannelProbe();
const report = (message: SubscriberReport): void => reportToParent(message);

/** Runs an opening step between two settled memory samples. */
async function opening(
  open: () => Promise<{ opened: number; failed: number; firstError?: string }>,
): Promise<OpenOutcome> {
  const before = await settledMemory();
  const began = performance.now();
  const outcome = await open();
  const openMs = performance.now() - began;
  await sleep(SETTLE_MS);
  return { ...outcome, openMs, before, after: await settledMemory() };
}

serveCommands<SubscriberCommand>(isSubscriberCommand, async (command) => {
  switch (command.type) {
    case 'connect': {
      const { url, targets, perTarget, concurrency } = command;
      report({ type: 'connected', ...(await opening(() => fleet.connect(url, targets, perTarget, concurrency))) });
      return;
    }
    case 'subscribe': {
      const outcome = await opening(async () => ({
        opened: fleet.subscribe(command.query, command.fromRevisions),
        failed: 0,
      }));
      report({ type: 'subscribed', ...outcome });
      return;
    }
    case 'probe-channel':
      await probe.start(command.url, command.channel);
      report({ type: 'probing' });
      return;
    case 'listen-redis':
      await fleet.listenRedis(command.url, command.channel, command.key);
      report({ type: 'listening' });
      return;
    case 'collect': {
      const result = await collectDeliveries(fleet, command.writes, command.drainMs, command.quietMs);
      report({ type: 'collected', result: { ...result, channel: probe.take() } });
      return;
    }
    case 'close':
      fleet.close();
      report({ type: 'closed' });
      return;
    case 'exit':
      fleet.close();
      probe.close();
      process.exit(0);
  }
});
report({ type: 'ready' });
