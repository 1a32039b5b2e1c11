import { HttpException } from '@nestjs/common';
import { DomainError } from '@ksb/errors';
import { KUBE_MAX_BODY_BYTES } from '../request/raw-body';
import { failure, type KubeStatus, notFoundStatus, type StatusReason } from './kube-status';
import { KubeStatusException } from './kube-status.exception';
import { statusOfDomainError } from './status-of-domain-error';

export interface StatusAnswer {
  status: KubeStatus;
  headers: Readonly<Record<string, string>>;
  /** An unexpected error: log it; the client sees only that something failed. */
  internal: boolean;
}

/** Errors raised by the body reader (http-errors objects carrying a status and a type). */
interface HttpError {
  status?: unknown;
  type?: unknown;
  expose?: unknown;
  message?: unknown;
}

const REASONS: Readonly<Record<number, StatusReason>> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  406: 'NotAcceptable',
  409: 'Conflict',
  410: 'Gone',
  413: 'RequestEntityTooLarge',
  415: 'UnsupportedMediaType',
  422: 'Invalid',
  429: 'TooManyRequests',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

const answer = (status: KubeStatus, headers: Record<string, string> = {}, internal = false): StatusAnswer => ({
  status,
  headers,
  internal,
});

function internalError(): StatusAnswer {
  return answer(failure(500, 'InternalError', 'Internal error occurred: unexpected server error'), {}, true);
}

function ofClientError(code: number, message: string): StatusAnswer {
  if (code === 404) return answer(notFoundStatus());
  if (code === 405)
    return answer(failure(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource'));
  const reason = REASONS[code];
  return reason ? answer(failure(code, reason, message)) : internalError();
}

/** Any exception, as the Status the client gets. Internals of unexpected errors never leave the process. */
export function statusOfException(exception: unknown): StatusAnswer {
  if (exception instanceof KubeStatusException) return answer(exception.status, { ...exception.headers });
  if (exception instanceof DomainError) return { ...statusOfDomainError(exception), internal: false };
  if (exception instanceof HttpException) {
    const code = exception.getStatus();
    return code < 500 ? ofClientError(code, exception.message) : internalError();
  }
  const error = (typeof exception === 'object' && exception !== null ? exception : {}) as HttpError;
  if (error.type === 'entity.too.large') {
    return answer(failure(413, 'RequestEntityTooLarge', `Request entity too large: limit is ${KUBE_MAX_BODY_BYTES}`));
  }
  if (typeof error.status === 'number' && error.status < 500 && error.expose === true) {
    return ofClientError(error.status, typeof error.message === 'string' ? error.message : 'bad request');
  }
  return internalError();
}
