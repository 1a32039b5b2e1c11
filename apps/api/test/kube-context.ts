import type { AddressInfo } from 'node:net';
import { request as httpsRequest } from 'node:https';
import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CertificateAuthority } from '@ksb/certificates';
import { useTestEnv } from '@ksb/testing';
import { createKubeApp } from '../src/kube/kube.app';
import { renderKubeconfig } from '../src/sandboxes/kubeconfig';
import { ADMIN_TOKEN } from './api-context';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json(): unknown;
}

export interface RawRequestOptions {
  token?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

/** The Kubernetes endpoint listening over HTTPS on the test database. */
export interface KubeEndpoint {
  app: NestExpressApplication;
  port: number;
  caPem: string;
  /** The server URL a kubeconfig for `sandboxId` names. */
  serverUrl(sandboxId: string): string;
  /** A kubeconfig for `sandboxId` with `token` (the REST route issues its own; tests also need others). */
  kubeconfig(sandboxId: string, token: string): string;
  /** An HTTPS request that verifies the server against the cluster CA, as kubectl does. */
  request(method: string, path: string, options?: RawRequestOptions): Promise<RawResponse>;
  close(): Promise<void>;
}

/** Starts the endpoint (port 0: a free one) on the environment api-context uses. */
export async function startKubeEndpoint(
  options: { port?: number; resourceModules?: readonly Type[] } = {},
): Promise<KubeEndpoint> {
  useTestEnv({ ADMIN_TOKEN });
  const app = await createKubeApp({ resourceModules: options.resourceModules });
  await app.listen(options.port ?? 0);
  const port = (app.getHttpServer().address() as AddressInfo).port;
  const caPem = app.get(CertificateAuthority).certificatePem;
  const serverUrl = (sandboxId: string) => `https://localhost:${port}/clusters/${sandboxId}`;
  return {
    app,
    port,
    caPem,
    serverUrl,
    kubeconfig: (sandboxId, token) =>
      renderKubeconfig({ name: sandboxId, server: serverUrl(sandboxId), caPem, token, namespace: 'default' }),
    request: (method, path, requestOptions = {}) => rawRequest(port, caPem, method, path, requestOptions),
    close: () => app.close(),
  };
}

function rawRequest(
  port: number,
  caPem: string,
  method: string,
  path: string,
  options: RawRequestOptions,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token !== undefined) headers.Authorization = `Bearer ${options.token}`;
    // Node sends a DELETE body without framing unless told its length.
    if (options.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(options.body));
    const req = httpsRequest({ host: 'localhost', port, method, path, ca: caPem, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body,
          json: (): unknown => JSON.parse(body.toString()),
        });
      });
    });
    req.on('error', reject);
    req.end(options.body);
  });
}
