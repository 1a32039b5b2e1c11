import { type DocumentNode, GraphQLError, type GraphQLSchema, parse } from 'graphql';

export type Prepared = DocumentNode | readonly GraphQLError[];

/**
 * Parsed and validated WebSocket operations by their text: one syntax tree (without locations) per distinct
 * query instead of one per subscription, which was most of a subscription's memory. Least recently used
 * entries go beyond `max`; documents that do not parse are not kept.
 */
export class OperationCache {
  private readonly entries = new Map<string, Prepared>();

  constructor(
    private readonly validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[],
    private readonly max = 500,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  prepare(schema: GraphQLSchema, query: string): Prepared {
    const cached = this.entries.get(query);
    if (cached) {
      this.entries.delete(query);
      this.entries.set(query, cached);
      return cached;
    }
    let document: DocumentNode;
    try {
      document = parse(query, { noLocation: true });
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError(String(error))];
    }
    const errors = this.validate(schema, document);
    const prepared: Prepared = errors.length ? errors : document;
    this.entries.set(query, prepared);
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
    return prepared;
  }
}
