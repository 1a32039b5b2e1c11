import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { json } from 'express';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module';
import { mountPlayground } from './graphql/playground';

/** Largest request body, as the Kubernetes API server allows (3 MiB). */
export const MAX_BODY_BYTES = 3 * 1024 * 1024;

/** Builds the API application (used by main.ts and by tests, which listen on a random port). */
export async function createApiApp(): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.use(json({ limit: MAX_BODY_BYTES, strict: true, type: ['application/json', 'application/*+json'] }));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('kube-sandbox platform API')
      .setDescription('Tenants, tokens and sandboxes: simulated Kubernetes clusters for learners.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  // swagger-ui assets come from the swagger-ui-dist package: the docs work offline.
  SwaggerModule.setup('docs', app, document);
  mountPlayground(app);
  app.enableShutdownHooks();
  return app;
}
