import { Logger } from '@nestjs/common';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '@ksb/errors';
import { GRAPHQL_ERROR_CODES, graphqlCodeOf } from './graphql-error-code';

const logger = new Logger('GraphQL');

/** graphql-js' own codes for documents that do not parse or validate: the client's mistake. */
const CLIENT_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST']);

const PASSED_THROUGH = new Set<string>(GRAPHQL_ERROR_CODES);

/**
 * Every GraphQL error leaves with a code: domain errors by their code (with field causes and the domain code),
 * parse and validation errors as BAD_USER_INPUT, anything else as INTERNAL_SERVER_ERROR without internals.
 */
export function formatGraphqlError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: {
        code: graphqlCodeOf(original.code),
        reason: original.code,
        ...(original.details.causes?.length ? { causes: original.details.causes } : {}),
        ...(original.details.retryAfterSeconds !== undefined
          ? { retryAfterSeconds: original.details.retryAfterSeconds }
          : {}),
      },
    };
  }
  const code = formatted.extensions?.code;
  // Raised with one of our codes already (limits, transport rules): as it is. Not INTERNAL_SERVER_ERROR, which
  // Apollo puts on any unexpected error: its message may reveal internals.
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && PASSED_THROUGH.has(code)) return formatted;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { ...formatted, extensions: { code: 'BAD_USER_INPUT', reason: code } };
  }
  if (original instanceof GraphQLError || (error instanceof GraphQLError && !original)) {
    // Errors graphql-js raises itself while executing (e.g. a variable of the wrong type) concern the request.
    return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_USER_INPUT' } };
  }
  logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
  return {
    message: 'internal error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
