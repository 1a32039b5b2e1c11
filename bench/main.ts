import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { BenchModule } from './bench.module';
import { reportFoundation } from './foundation/foundation.report';
import { runFoundation } from './foundation/foundation';
import { benchOptions } from './options';
import { printSummary } from './report';

// The worker's pino logger reads LOG_LEVEL: keep the run's output to the report.
process.env.LOG_LEVEL ??= 'warn';

async function main(): Promise<void> {
  const options = benchOptions();
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
  try {
    const results = await runFoundation(app, options);
    printSummary(reportFoundation(results));
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
