import { DomainError, type ErrorCode } from '@ksb/errors';
import { reasonOf, statusOfDomainError } from './status-of-domain-error';

describe('Status of domain errors', () => {
  it('maps every code', () => {
    const codes: Record<ErrorCode, [number, string]> = {
      NOT_FOUND: [404, 'NotFound'],
      ALREADY_EXISTS: [409, 'AlreadyExists'],
      CONFLICT: [409, 'Conflict'],
      INVALID: [422, 'Invalid'],
      BAD_REQUEST: [400, 'BadRequest'],
      UNAUTHENTICATED: [401, 'Unauthorized'],
      FORBIDDEN: [403, 'Forbidden'],
      EXPIRED: [410, 'Expired'],
      PAYLOAD_TOO_LARGE: [413, 'RequestEntityTooLarge'],
      QUOTA_EXCEEDED: [429, 'TooManyRequests'],
      LIMIT_EXCEEDED: [403, 'Forbidden'],
      UNAVAILABLE: [503, 'ServiceUnavailable'],
    };
    for (const [code, [status, reason]] of Object.entries(codes) as Array<[ErrorCode, [number, string]]>) {
      expect([code, reasonOf(code)]).toEqual([code, { code: status, reason }]);
    }
  });

  it('carries causes, the target and Retry-After', () => {
    const error = new DomainError('INVALID', 'Deployment.apps "web" is invalid: spec.replicas: Invalid value', {
      causes: [
        { field: 'spec.replicas', message: 'Invalid value: -1' },
        { field: 'metadata.name', message: 'Required value', reason: 'FieldValueRequired' },
      ],
      target: { name: 'web', group: 'apps', kind: 'deployments' },
    });
    expect(statusOfDomainError(error)).toEqual({
      status: {
        kind: 'Status',
        apiVersion: 'v1',
        metadata: {},
        status: 'Failure',
        message: 'Deployment.apps "web" is invalid: spec.replicas: Invalid value',
        reason: 'Invalid',
        details: {
          name: 'web',
          group: 'apps',
          kind: 'deployments',
          causes: [
            { reason: 'FieldValueInvalid', field: 'spec.replicas', message: 'Invalid value: -1' },
            { reason: 'FieldValueRequired', field: 'metadata.name', message: 'Required value' },
          ],
        },
        code: 422,
      },
      headers: {},
    });
    const quota = statusOfDomainError(new DomainError('QUOTA_EXCEEDED', 'too many'));
    expect(quota.headers).toEqual({ 'Retry-After': '1' });
    expect(quota.status.details).toEqual({ retryAfterSeconds: 1 });
    expect(statusOfDomainError(new DomainError('NOT_FOUND', 'pods "x" not found')).status).not.toHaveProperty(
      'details',
    );
  });
});
