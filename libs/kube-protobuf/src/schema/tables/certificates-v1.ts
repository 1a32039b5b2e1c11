import type { MessageTable } from '../field-spec';

/**
 * certificates/v1.
 * Field numbers and types as generated.proto declares them (Kubernetes 1.32), in Go struct order.
 */
export const CERTIFICATES_V1: MessageTable = {
  'certificates.v1.CertificateSigningRequest': [
    [1, 'metadata', 'meta.v1.ObjectMeta'],
    [2, 'spec', 'certificates.v1.CertificateSigningRequestSpec'],
    [3, 'status', 'certificates.v1.CertificateSigningRequestStatus'],
  ],
  'certificates.v1.CertificateSigningRequestSpec': [
    [1, 'request', 'bytes', 'pointer'],
    [7, 'signerName', 'string'],
    [8, 'expirationSeconds', 'int32', 'pointer'],
    [5, 'usages', 'string', 'repeated'],
    [2, 'username', 'string'],
    [3, 'uid', 'string'],
    [4, 'groups', 'string', 'repeated'],
    [6, 'extra', 'map:certificates.v1.ExtraValue'],
  ],
  'certificates.v1.CertificateSigningRequestStatus': [
    [1, 'conditions', 'certificates.v1.CertificateSigningRequestCondition', 'repeated'],
    [2, 'certificate', 'bytes', 'pointer'],
  ],
  'certificates.v1.ExtraValue': [[1, 'items', 'string', 'repeated']],
  'certificates.v1.CertificateSigningRequestCondition': [
    [1, 'type', 'string'],
    [6, 'status', 'string'],
    [2, 'reason', 'string'],
    [3, 'message', 'string'],
    [4, 'lastUpdateTime', 'meta.v1.Time'],
    [5, 'lastTransitionTime', 'meta.v1.Time'],
  ],
};
