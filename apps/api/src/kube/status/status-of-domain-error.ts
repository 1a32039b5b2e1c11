import type { DomainError, ErrorCode } from '@ksb/errors';
import { failure, type KubeStatus, type StatusReason } from './kube-status';

/** The one place domain error codes become Kubernetes Status reasons and HTTP codes. */
export function reasonOf(code: ErrorCode): { code: number; reason: StatusReason } {
  switch (code) {
    case 'NOT_FOUND':
      return { code: 404, reason: 'NotFound' };
    case 'ALREADY_EXISTS':
      return { code: 409, reason: 'AlreadyExists' };
    case 'CONFLICT':
      return { code: 409, reason: 'Conflict' };
    case 'INVALID':
      return { code: 422, reason: 'Invalid' };
    case 'BAD_REQUEST':
      return { code: 400, reason: 'BadRequest' };
    case 'UNAUTHENTICATED':
      return { code: 401, reason: 'Unauthorized' };
    case 'FORBIDDEN':
      return { code: 403, reason: 'Forbidden' };
    case 'EXPIRED':
      return { code: 410, reason: 'Expired' };
    case 'PAYLOAD_TOO_LARGE':
      return { code: 413, reason: 'RequestEntityTooLarge' };
    case 'QUOTA_EXCEEDED':
      return { code: 429, reason: 'TooManyRequests' };
    case 'LIMIT_EXCEEDED':
      return { code: 403, reason: 'Forbidden' };
    case 'UNAVAILABLE':
      return { code: 503, reason: 'ServiceUnavailable' };
  }
}

/** Clients back off this long when a quota error names no time. */
const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** The Status for a domain error, with Retry-After for 429 (header and details, as upstream sends both). */
export function statusOfDomainError(error: DomainError): { status: KubeStatus; headers: Record<string, string> } {
  const { code, reason } = reasonOf(error.code);
  const retryAfterSeconds =
    code === 429 ? (error.details.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) : error.details.retryAfterSeconds;
  const causes = error.details.causes?.map((cause) => ({
    reason: cause.reason ?? (cause.field !== undefined && reason === 'Invalid' ? 'FieldValueInvalid' : undefined),
    message: cause.message,
    field: cause.field,
  }));
  const target = error.details.target;
  const status = failure(code, reason, error.message, {
    name: target?.name,
    group: target?.group,
    kind: target?.kind,
    causes: causes?.length ? causes : undefined,
    retryAfterSeconds,
  });
  return { status, headers: retryAfterSeconds !== undefined ? { 'Retry-After': String(retryAfterSeconds) } : {} };
}
