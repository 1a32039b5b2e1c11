import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';

/** Subscriptions live on the WebSocket (graphql-transport-ws); over plain HTTP they are the client's mistake. */
export function httpOperationsPlugin(): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: ({ operation }) =>
          operation?.operation === OperationTypeNode.SUBSCRIPTION
            ? Promise.reject(
                new GraphQLError('subscriptions are served over WebSocket (graphql-transport-ws) at /graphql', {
                  extensions: { code: 'BAD_USER_INPUT', reason: 'SUBSCRIPTION_OVER_HTTP' },
                }),
              )
            : Promise.resolve(),
      }),
  };
}
