import type { Context } from 'graphql-ws';
import type { GraphqlContextFactory } from '../context/graphql-context.factory';
import { SchemaRef } from '../context/schema-ref';
import { graphqlWsOptions } from './graphql-ws.options';

describe('graphqlWsOptions', () => {
  const options = graphqlWsOptions({} as GraphqlContextFactory, new SchemaRef(), {
    maxDepth: 10,
    maxCost: 1000,
    maxSubscriptionsPerConnection: 2,
  });
  const withSubscriptions = (count: number) =>
    ({
      subscriptions: Object.fromEntries(Array.from({ length: count }, (_, i) => [String(i), null])),
    }) as unknown as Context;

  it('refuses a subscription beyond the per-connection limit with RATE_LIMITED', async () => {
    const onSubscribe = (options as { onSubscribe: (ctx: Context, id: string, payload: { query: string }) => unknown })
      .onSubscribe;
    expect(await onSubscribe(withSubscriptions(2), '2', { query: '{ sandboxes { id } }' })).toBeUndefined();
    const refused = (await onSubscribe(withSubscriptions(3), '3', { query: '{ sandboxes { id } }' })) as {
      extensions: { code: string };
    }[];
    expect(refused.map((error) => error.extensions.code)).toEqual(['RATE_LIMITED']);
  });
});
