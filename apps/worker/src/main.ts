import 'reflect-metadata';
import { loadConfig } from '@ksb/config';
import { createWorkerApp } from './worker.app';

async function main(): Promise<void> {
  loadConfig();
  await createWorkerApp();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
