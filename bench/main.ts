import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { BenchModule } from './bench.module';
import { runControlPlane } from './control-plane/control-plane';
import { controlPlaneOptions } from './control-plane/control-plane.options';
import { reportControlPlane } from './control-plane/control-plane.report';
import { reportFoundation } from './foundation/foundation.report';
import { runFoundation } from './foundation/foundation';
import { runGraphql } from './graphql/graphql';
import { graphqlOptions } from './graphql/graphql.options';
import { reportGraphql } from './graphql/graphql.report';
import { runKubeApi } from './kube-api/kube-api';
import { kubeApiOptions } from './kube-api/kube-api.options';
import { reportKubeApi } from './kube-api/kube-api.report';
import { benchOptions } from './options';
import { selectedParts } from './parts';
import { type Figure, printSummary } from './report';

// The worker's and the endpoint's pino loggers read LOG_LEVEL: keep the run's output to the report.
process.env.LOG_LEVEL ??= 'warn';

async function main(): Promise<void> {
  const parts = selectedParts();
  const options = benchOptions();
  const kubeOptions = kubeApiOptions();
  console.log(`[bench] parts: ${parts.join(', ')} (BENCH_ONLY selects)`);
  const app = await NestFactory.createApplicationContext(BenchModule, { logger: ['error', 'warn'] });
  const figures: Figure[] = [];
  try {
    if (parts.includes('foundation')) figures.push(...reportFoundation(await runFoundation(app, options)));
    if (parts.includes('kube-api')) figures.push(...reportKubeApi(await runKubeApi(app, kubeOptions)));
    if (parts.includes('control-plane')) {
      figures.push(...reportControlPlane(await runControlPlane(app, controlPlaneOptions())));
    }
    if (parts.includes('graphql')) figures.push(...reportGraphql(await runGraphql(app, graphqlOptions())));
    printSummary(figures);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
