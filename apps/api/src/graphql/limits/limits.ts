import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { type DocumentNode, type GraphQLError, type GraphQLSchema, specifiedRules, validate } from 'graphql';
import { operationCost, tooComplex } from './operation-cost';
import { queryDepthRule } from './query-depth.rule';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
}

/** Apollo (HTTP): depth as a validation rule, cost once the variables are known. */
export function costPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    requestDidStart: () =>
      Promise.resolve({
        didResolveOperation: (context: GraphQLRequestContext<object>) => {
          const cost = operationCost(
            context.schema,
            context.document as DocumentNode,
            context.request.variables ?? {},
            context.operationName,
          );
          const error = tooComplex(cost, limits.maxCost);
          return error ? Promise.reject(error) : Promise.resolve();
        },
      }),
  };
}

/**
 * graphql-ws' validation (WebSocket operations): the standard rules, depth, and cost with paginated fields
 * at their default page (variables are not known at this point).
 */
export function socketValidate(limits: QueryLimits) {
  return (schema: GraphQLSchema, document: DocumentNode): GraphQLError[] => {
    const errors = validate(schema, document, [...specifiedRules, queryDepthRule(limits.maxDepth)]);
    if (errors.length) return [...errors];
    const error = tooComplex(operationCost(schema, document, {}), limits.maxCost);
    return error ? [error] : [];
  };
}
