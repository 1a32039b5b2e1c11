import type { Server } from 'node:https';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import type { ServerCertificate } from '@ksb/certificates';
import { CLUSTER_PREFIX, kubeAccessMiddleware } from './access/kube-access.middleware';
import { KubeAccessService } from './access/kube-access.service';
import { KubeApiModule } from './kube-api.module';
import { kubeRawBody } from './request/raw-body';
import { applyServerCertificate, KUBE_TLS } from './tls/kube-tls';

export interface KubeAppOptions {
  /** Resource modules to serve instead of KUBE_RESOURCE_MODULES (tests add their own). */
  resourceModules?: readonly Type[];
}

/**
 * Builds the Kubernetes endpoint (used by main.ts and by tests, which listen on port 0 and read the port
 * from getHttpServer().address()). HTTPS only: kubectl sends no credentials over plain HTTP.
 */
export async function createKubeApp(options: KubeAppOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(KubeApiModule.register(options.resourceModules), {
    // The certificate is set just below, once the CA has been loaded from the database.
    httpsOptions: {},
    bodyParser: false,
    bufferLogs: true,
    // Watches stay open: closing must not wait for clients to hang up.
    forceCloseConnections: true,
  });
  app.useLogger(app.get(Logger));
  applyServerCertificate(app.getHttpServer() as Server, app.get<ServerCertificate>(KUBE_TLS));
  app.disable('x-powered-by');
  // Authentication first, then the body: nothing is read from a client that may not write.
  app.use(CLUSTER_PREFIX, kubeAccessMiddleware(app.get(KubeAccessService)), kubeRawBody());
  app.enableShutdownHooks();
  return app;
}
