/** Codes every transport maps in one place (REST problem JSON, Kubernetes Status, GraphQL errors). */
export type ErrorCode =
  | 'BAD_REQUEST'
  | 'INVALID'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'CONFLICT'
  | 'EXPIRED'
  | 'PAYLOAD_TOO_LARGE'
  | 'QUOTA_EXCEEDED'
  | 'LIMIT_EXCEEDED'
  | 'UNAVAILABLE';

export interface ErrorCause {
  field?: string;
  message: string;
  /** Kubernetes cause reason, e.g. FieldValueInvalid, FieldValueRequired. */
  reason?: string;
}

/** What the error is about, as Kubernetes Status details name it. */
export interface ErrorTarget {
  name?: string;
  group?: string;
  /** The resource (plural), as Kubernetes puts it in details.kind. */
  kind?: string;
}

export interface ErrorDetails {
  causes?: ErrorCause[];
  target?: ErrorTarget;
  /** For QUOTA_EXCEEDED: when retrying may succeed. */
  retryAfterSeconds?: number;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: ErrorDetails = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (message: string) => new DomainError('NOT_FOUND', message);
export const forbidden = (message: string) => new DomainError('FORBIDDEN', message);
export const invalid = (message: string, causes: ErrorCause[] = []) => new DomainError('INVALID', message, { causes });
