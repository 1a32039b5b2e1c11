import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { writeHeapSnapshot } from 'node:v8';
import { createApiApp } from '../../../apps/api/src/api.app';
import { settledMemory } from '../../support/memory';
import { reportToParent, serveCommands } from '../child';
import { type ApiCommand, type ApiReport, isApiCommand } from './protocol';
import { StallRecorder } from './stall-recorder';

/**
 * The platform API (REST + GraphQL over HTTP and WebSocket) in a process of its own, as main.ts serves it,
 * on a random port: its CPU, event loop and memory are then the server's alone, not the writer's or the
 * subscribers'. The store reaches it as it reaches any API process: Postgres and Redis pub/sub.
 */

const report = (message: ApiReport): void => reportToParent(message);

let stalls: StallRecorder | undefined;

async function main(): Promise<void> {
  const app = await createApiApp();
  await app.listen(0, '127.0.0.1');
  const server = app.getHttpServer() as Server;
  const port = (server.address() as AddressInfo).port;

  serveCommands<ApiCommand>(isApiCommand, async (command) => {
    switch (command.type) {
      case 'memory': {
        const sample = await settledMemory();
        if (command.snapshot) writeHeapSnapshot(command.snapshot);
        report({ type: 'memory', sample });
        return;
      }
      case 'stalls-start':
        stalls = new StallRecorder();
        stalls.start();
        report({ type: 'stalls-started' });
        return;
      case 'stalls-stop':
        if (!stalls) throw new Error('stalls-stop without stalls-start');
        report({ type: 'stalls', stalls: stalls.stop(command.untilMs) });
        stalls = undefined;
        return;
      case 'exit':
        await app.close();
        process.exit(0);
    }
  });
  report({ type: 'listening', port });
}

main().catch((error: unknown) => {
  report({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  process.exit(1);
});
