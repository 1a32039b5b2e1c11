import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CertificateAuthority } from '@ksb/certificates';
import { createKubeApp } from '../../apps/api/src/kube/kube.app';
import { HttpsClient } from '../support/https-client';

/** The Kubernetes endpoint served from this process, as apps/api/test/kube-context.ts starts it. */
export interface KubeEndpoint {
  app: NestExpressApplication;
  host: string;
  port: number;
  caPem: string;
  /** A keep-alive HTTPS client trusting the cluster CA. */
  client(maxSockets?: number): HttpsClient;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startKubeEndpoint(): Promise<KubeEndpoint> {
  const app = await createKubeApp();
  await app.listen(0);
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const caPem = app.get(CertificateAuthority).certificatePem;
  return {
    app,
    host: HOST,
    port,
    caPem,
    client: (maxSockets) => new HttpsClient(HOST, port, caPem, maxSockets),
    close: () => app.close(),
  };
}
