import { Injectable } from '@nestjs/common';
import type { GraphQLSchema } from 'graphql';

/**
 * The built schema, for the WebSocket options that are made before it exists (GraphqlApiModule fills it in at
 * bootstrap from Nest's GraphQLSchemaHost).
 */
@Injectable()
export class SchemaRef {
  schema?: GraphQLSchema;
}
