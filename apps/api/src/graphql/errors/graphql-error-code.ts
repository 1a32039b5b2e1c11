import type { ErrorCode } from '@ksb/errors';

/** The codes GraphQL clients see in `extensions.code`. */
export const GRAPHQL_ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'RATE_LIMITED',
  'UNAVAILABLE',
  'INTERNAL_SERVER_ERROR',
] as const;
export type GraphqlErrorCode = (typeof GRAPHQL_ERROR_CODES)[number];

/** The one place domain error codes become GraphQL codes. */
export function graphqlCodeOf(code: ErrorCode): GraphqlErrorCode {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
    case 'LIMIT_EXCEEDED':
      return 'FORBIDDEN';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'BAD_REQUEST':
    case 'INVALID':
    case 'PAYLOAD_TOO_LARGE':
      return 'BAD_USER_INPUT';
    case 'ALREADY_EXISTS':
    case 'CONFLICT':
    case 'EXPIRED':
      return 'CONFLICT';
    case 'QUOTA_EXCEEDED':
      return 'RATE_LIMITED';
    case 'UNAVAILABLE':
      return 'UNAVAILABLE';
    default: {
      const unhandled: never = code;
      throw new Error(`unmapped error code ${String(unhandled)}`);
    }
  }
}
