import type { ErrorCause, ErrorCode } from '@ksb/errors';

/** RFC 9457 problem details, with the domain error code. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ErrorCode | 'INTERNAL' | 'ROUTE_NOT_FOUND' | 'METHOD_NOT_ALLOWED';
  errors?: ErrorCause[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The one place domain error codes become HTTP statuses on the platform API. */
export function statusOf(code: ErrorCode): number {
  switch (code) {
    case 'BAD_REQUEST':
      return 400;
    case 'UNAUTHENTICATED':
      return 401;
    case 'FORBIDDEN':
    case 'LIMIT_EXCEEDED':
      return 403;
    case 'NOT_FOUND':
      return 404;
    case 'ALREADY_EXISTS':
    case 'CONFLICT':
      return 409;
    case 'EXPIRED':
      return 410;
    case 'PAYLOAD_TOO_LARGE':
      return 413;
    case 'INVALID':
      return 422;
    case 'QUOTA_EXCEEDED':
      return 429;
    case 'UNAVAILABLE':
      return 503;
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export const problem = (status: number, code: Problem['code'], detail: string, errors?: ErrorCause[]): Problem => ({
  type: `urn:kube-sandbox:problem:${code.toLowerCase().replace(/_/g, '-')}`,
  title: TITLES[status] ?? 'Error',
  status,
  detail,
  code,
  ...(errors?.length ? { errors } : {}),
});
