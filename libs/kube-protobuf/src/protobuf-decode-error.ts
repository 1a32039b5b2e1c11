import { DomainError } from '@ksb/errors';

/**
 * A request body that is not a Kubernetes protobuf object this server can read: malformed wire data, a missing
 * envelope, or a kind without a message table. A BAD_REQUEST DomainError, so the API answers it with a 400
 * Status the way kube-apiserver answers an undecodable body.
 */
export class ProtobufDecodeError extends DomainError {
  constructor(message: string) {
    super('BAD_REQUEST', message);
    this.name = 'ProtobufDecodeError';
  }
}
