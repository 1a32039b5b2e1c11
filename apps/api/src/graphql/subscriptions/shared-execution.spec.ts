import { type ExecutionResult, GraphQLInt, GraphQLObjectType, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { sharedSubscribe } from './shared-execution';

/** A schema whose subscription field counts how often it is executed per event. */
function countingSchema(source: () => AsyncIterable<unknown>) {
  const executions: number[] = [];
  const Event = new GraphQLObjectType({
    name: 'Event',
    fields: { n: { type: GraphQLInt }, label: { type: GraphQLString } },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { ok: { type: GraphQLString } } }),
    subscription: new GraphQLObjectType({
      name: 'Subscription',
      fields: {
        events: {
          type: Event,
          subscribe: source,
          resolve: (payload: { event: { n: number } }) => {
            executions.push(payload.event.n);
            return { n: payload.event.n, label: `event ${payload.event.n}` };
          },
        },
      },
    }),
  });
  return { schema, executions };
}

async function take(iterator: AsyncIterableIterator<ExecutionResult> | ExecutionResult, count: number) {
  if (!(Symbol.asyncIterator in iterator)) throw new Error('not a stream');
  const out: ExecutionResult[] = [];
  for (let i = 0; i < count; i++) out.push((await iterator.next()).value as ExecutionResult);
  await iterator.return?.();
  return out;
}

describe('sharedSubscribe', () => {
  const shared = [{ n: 1 }, { n: 2 }];
  // Each subscriber gets its own wrapper objects around the same change objects, as EventStream does.
  async function* stream() {
    for (const event of shared) yield { event };
  }

  it('executes each change once for subscribers running the same operation', async () => {
    const { schema, executions } = countingSchema(stream);
    const document = 'subscription { events { n label } }';
    const results = await Promise.all(
      [1, 2, 3].map(async () => take(await sharedSubscribe({ schema, document: parse(document) }), 2)),
    );
    expect(results[0]).toEqual([
      { data: { events: { n: 1, label: 'event 1' } } },
      { data: { events: { n: 2, label: 'event 2' } } },
    ]);
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    expect(executions).toEqual([1, 2]);
  });

  it('executes separately for different selections or access', async () => {
    const { schema, executions } = countingSchema(stream);
    await take(await sharedSubscribe({ schema, document: parse('subscription { events { n } }') }), 2);
    await take(await sharedSubscribe({ schema, document: parse('subscription { events { label } }') }), 2);
    const admin = { principal: { kind: 'admin' as const } };
    await take(
      await sharedSubscribe({ schema, document: parse('subscription { events { n } }'), contextValue: admin }),
      2,
    );
    expect(executions).toEqual([1, 2, 1, 2, 1, 2]);
  });
});
