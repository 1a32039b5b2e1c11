import { Injectable } from '@nestjs/common';
import type { IncomingHttpHeaders } from 'node:http';
import { StoreService } from '@ksb/store';
import { bearerSecret, type Principal, TenancyService } from '@ksb/tenancy';
import { ObjectLoaders } from '../loaders/object-loaders';
import type { GraphqlContext } from './graphql-context';

/** The part of graphql-ws' connection context read here (its `extra` is ours per connection). */
export interface SocketContext {
  connectionParams?: Readonly<Record<string, unknown>>;
  extra: { request?: { headers: IncomingHttpHeaders }; principal?: Principal | null };
}

/** The token a WebSocket client sends: connectionParams (browsers cannot set headers) or the upgrade header. */
function socketSecret(ctx: SocketContext): string | undefined {
  const params = ctx.connectionParams ?? {};
  const given = params.authorization ?? params.Authorization;
  if (typeof given === 'string') return bearerSecret(given) ?? bearerSecret(`Bearer ${given}`);
  if (typeof params.token === 'string') return params.token;
  return bearerSecret(ctx.extra.request?.headers.authorization);
}

/**
 * Builds the GraphQL context for HTTP requests and WebSocket operations. A missing or invalid token is not
 * an error here: introspection works without one, and every resolver that reads a sandbox requires one.
 */
@Injectable()
export class GraphqlContextFactory {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly store: StoreService,
  ) {}

  async forRequest(headers: IncomingHttpHeaders): Promise<GraphqlContext> {
    const secret = bearerSecret(headers.authorization);
    const principal = secret ? await this.tenancy.authenticate(secret) : null;
    return { principal, loaders: new ObjectLoaders(this.store, { cache: true }) };
  }

  /** Once per WebSocket connection (graphql-ws onConnect): the principal is kept with the connection. */
  async onConnect(ctx: SocketContext): Promise<void> {
    const secret = socketSecret(ctx);
    ctx.extra.principal = secret ? await this.tenancy.authenticate(secret) : null;
  }

  forSocket(ctx: SocketContext): GraphqlContext {
    return { principal: ctx.extra.principal ?? null, loaders: new ObjectLoaders(this.store, { cache: false }) };
  }
}
