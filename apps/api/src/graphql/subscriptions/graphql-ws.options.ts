import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { GraphqlContextFactory, SocketContext } from '../context/graphql-context.factory';
import type { SchemaRef } from '../context/schema-ref';
import { formatGraphqlError } from '../errors/format-graphql-error';
import type { QueryLimits } from '../limits/limits';
import { socketValidate } from '../limits/limits';
import { OperationCache } from './operation-cache';
import { sharedSubscribe } from './shared-execution';

const formatAll = (errors: readonly GraphQLError[]) => errors.map((error) => formatGraphqlError(error.toJSON(), error));

export interface SocketLimits extends QueryLimits {
  maxSubscriptionsPerConnection: number;
}

/**
 * graphql-ws server options: authentication once per connection, the same limits and error codes as HTTP,
 * operations parsed and validated once per distinct text. Nest's type names only some of graphql-ws'
 * options, but passes all of them through (validate, subscribe, onError).
 */
export function graphqlWsOptions(
  contexts: GraphqlContextFactory,
  schemaRef: SchemaRef,
  limits: SocketLimits,
): GraphQLWsSubscriptionsConfig {
  const validate = socketValidate(limits);
  const operations = new OperationCache(validate);
  const options: Partial<ServerOptions> & { path: string } = {
    path: '/graphql',
    onConnect: async (ctx) => {
      const socket = ctx as unknown as SocketContext;
      await contexts.onConnect(socket);
      // The upgrade request is not needed once the token is read: not kept for the connection's life.
      delete socket.extra.request;
      return true;
    },
    onSubscribe: (ctx, _id, payload) => {
      // ctx.subscriptions holds the connection's operations, this one included (graphql-ws adds it first).
      if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerConnection) {
        const message = `at most ${limits.maxSubscriptionsPerConnection} subscriptions per connection: complete one first`;
        return [new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS' } })];
      }
      const schema = schemaRef.schema;
      if (!schema) return undefined; // before bootstrap: graphql-ws parses and validates itself
      const prepared = operations.prepare(schema, payload.query);
      if (!('kind' in prepared)) return prepared;
      return {
        schema,
        document: prepared,
        operationName: payload.operationName,
        variableValues: payload.variables,
        contextValue: contexts.forSocket(ctx as unknown as SocketContext),
      };
    },
    validate,
    subscribe: sharedSubscribe,
    onError: (_ctx, _id, _payload, errors) => formatAll(errors),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors?.length ? { ...result, errors: formatAll(result.errors) } : undefined,
  };
  return options;
}
