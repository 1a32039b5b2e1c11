import { GraphQLError } from 'graphql';
import { DomainError } from '@ksb/errors';
import { formatGraphqlError } from './format-graphql-error';

const format = (error: GraphQLError) => formatGraphqlError(error.toJSON(), error);
const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['x'] });

describe('formatGraphqlError', () => {
  it('gives domain errors their GraphQL code, the domain code and the field causes', () => {
    const error = new DomainError('INVALID', 'Deployment "web" is invalid', {
      causes: [{ field: 'spec.replicas', message: 'must be greater than or equal to 0' }],
    });
    expect(format(wrapped(error)).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID',
      causes: [{ field: 'spec.replicas', message: 'must be greater than or equal to 0' }],
    });
    expect(format(wrapped(new DomainError('QUOTA_EXCEEDED', 'quota', { retryAfterSeconds: 60 }))).extensions).toEqual({
      code: 'RATE_LIMITED',
      reason: 'QUOTA_EXCEEDED',
      retryAfterSeconds: 60,
    });
  });

  it('keeps codes we raised ourselves and turns graphql-js validation codes into BAD_USER_INPUT', () => {
    const limited = new GraphQLError('too many', {
      extensions: { code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS' },
    });
    expect(format(limited).extensions).toEqual({ code: 'RATE_LIMITED', reason: 'TOO_MANY_SUBSCRIPTIONS' });
    const invalid = new GraphQLError('Cannot query field "x"', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(invalid).extensions).toEqual({ code: 'BAD_USER_INPUT', reason: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR', () => {
    const crash = new GraphQLError('boom at /srv/secret.ts', {
      originalError: new TypeError('boom at /srv/secret.ts'),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const formatted = format(crash);
    expect(formatted.message).toBe('internal error');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
