import type { INestApplication } from '@nestjs/common';
import type { AddressInfo } from 'node:net';
import { type Client, createClient } from 'graphql-ws';
import request from 'supertest';
import type { App } from 'supertest/types';
import WebSocket from 'ws';

export interface GraphqlResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; reason?: string; causes?: unknown[] } }[];
}

/** POSTs an operation to /graphql (any HTTP status: GraphQL errors are in the body). */
export async function gql<T = Record<string, unknown>>(
  app: INestApplication<App>,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphqlResponse<T>> {
  const call = request(app.getHttpServer()).post('/graphql').set('Content-Type', 'application/json');
  if (token) call.set('Authorization', `Bearer ${token}`);
  const res = await call.send(JSON.stringify({ query, variables }));
  return res.body as GraphqlResponse<T>;
}

/** The codes of a response's errors. */
export const codesOf = (response: GraphqlResponse<unknown>): (string | undefined)[] =>
  (response.errors ?? []).map((error) => error.extensions?.code);

/** A subscription's received results, its end, and a way to stop it. */
export interface Subscription<T> {
  results: GraphqlResponse<T>[];
  /** Resolves when the server completes the subscription (or it fails). */
  ended: Promise<void>;
  stop(): void;
}

/** A graphql-ws client to the app (which must listen on a port). */
export function wsClient(app: INestApplication<App>, token: string | undefined): Client {
  const { port } = (app.getHttpServer() as unknown as { address(): AddressInfo }).address();
  return wsClientOnPort(port, token);
}

/** A graphql-ws client to an API listening on 127.0.0.1:port (e.g. another process). */
export function wsClientOnPort(port: number, token: string | undefined): Client {
  return createClient({
    url: `ws://127.0.0.1:${port}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    lazy: true,
    retryAttempts: 0,
  });
}

export function subscribe<T = Record<string, unknown>>(
  client: Client,
  query: string,
  variables: Record<string, unknown> = {},
): Subscription<T> {
  const results: GraphqlResponse<T>[] = [];
  let stop: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => {
    stop = client.subscribe<T>(
      { query, variables },
      {
        next: (result) => results.push(result as GraphqlResponse<T>),
        error: (error) => {
          results.push({
            errors: Array.isArray(error) ? (error as GraphqlResponse['errors']) : [{ message: String(error) }],
          });
          resolve();
        },
        complete: () => resolve(),
      },
    );
  });
  return { results, ended, stop: () => stop() };
}
