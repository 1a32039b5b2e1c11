import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';
import type { ServerOptions } from 'graphql-ws';
import type { GraphqlContextFactory, SocketContext } from '../context/graphql-context.factory';
import { formatGraphqlError } from '../errors/format-graphql-error';
import type { QueryLimits } from '../limits/limits';
import { socketValidate } from '../limits/limits';
import { sharedSubscribe } from './shared-execution';

const formatAll = (errors: readonly GraphQLError[]) => errors.map((error) => formatGraphqlError(error.toJSON(), error));

/**
 * graphql-ws server options: authentication once per connection, the same limits and error codes as HTTP.
 * Nest's type names only some of graphql-ws' options, but passes all of them through (validate, onError).
 */
export function graphqlWsOptions(
  contexts: GraphqlContextFactory,
  limits: QueryLimits & { maxSubscriptionsPerConnection: number },
): GraphQLWsSubscriptionsConfig {
  const options: Partial<ServerOptions> & { path: string } = {
    path: '/graphql',
    onConnect: async (ctx) => {
      await contexts.onConnect(ctx as unknown as SocketContext);
      return true;
    },
    onSubscribe: (ctx) => {
      // ctx.subscriptions holds the connection's operations, this one included (graphql-ws adds it first).
      if (Object.keys(ctx.subscriptions).length <= limits.maxSubscriptionsPerConnection) return undefined;
      const message = `at most ${limits.maxSubscriptionsPerConnection} subscriptions per connection: complete one first`;
      return [new GraphQLError(message, { extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS' } })];
    },
    validate: socketValidate(limits),
    subscribe: sharedSubscribe,
    onError: (_ctx, _id, _payload, errors) => formatAll(errors),
    onNext: (_ctx, _id, _payload, _args, result) =>
      result.errors?.length ? { ...result, errors: formatAll(result.errors) } : undefined,
  };
  return options;
}
