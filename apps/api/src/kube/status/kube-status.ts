/** Kubernetes metav1.Status reasons this endpoint answers with. */
export type StatusReason =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Gone'
  | 'Expired'
  | 'Invalid'
  | 'MethodNotAllowed'
  | 'NotAcceptable'
  | 'RequestEntityTooLarge'
  | 'UnsupportedMediaType'
  | 'TooManyRequests'
  | 'Timeout'
  | 'InternalError'
  | 'ServiceUnavailable';

export interface StatusCause {
  reason?: string;
  message: string;
  field?: string;
}

export interface StatusDetails {
  name?: string;
  group?: string;
  /** The resource (plural), as Kubernetes fills it. */
  kind?: string;
  causes?: StatusCause[];
  retryAfterSeconds?: number;
}

/** A failure as the Kubernetes API answers it; kubectl prints `Error from server (<reason>): <message>`. */
export interface KubeStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: StatusReason;
  details?: StatusDetails;
  code: number;
}

export function failure(code: number, reason: StatusReason, message: string, details?: StatusDetails): KubeStatus {
  const hasDetails = details !== undefined && Object.values(details).some((value) => value !== undefined);
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(hasDetails ? { details } : {}),
    code,
  };
}

/** What the API server says for a path it does not serve, and here also for a sandbox one cannot see. */
export const NOT_FOUND_MESSAGE = 'the server could not find the requested resource';

export const notFoundStatus = (): KubeStatus => failure(404, 'NotFound', NOT_FOUND_MESSAGE);

export const unauthorizedStatus = (): KubeStatus => failure(401, 'Unauthorized', 'Unauthorized');
