import { DomainError } from '@ksb/errors';
import { describeKey } from './objects/kube-object';

export const objectNotFound = (resource: string, name: string) =>
  new DomainError('NOT_FOUND', `${describeKey({ resource, name })} not found`);

export const objectExists = (resource: string, name: string) =>
  new DomainError('ALREADY_EXISTS', `${describeKey({ resource, name })} already exists`);

export const objectConflict = (resource: string, name: string) =>
  new DomainError(
    'CONFLICT',
    `Operation cannot be fulfilled on ${describeKey({ resource, name })}: the object has been modified; ` +
      'please apply your changes to the latest version and try again',
  );

export const objectQuotaExceeded = (max: number) =>
  new DomainError('QUOTA_EXCEEDED', `sandbox object quota exceeded: at most ${max} objects per sandbox`, {
    retryAfterSeconds: 1,
  });

export const sandboxGone = (sandboxId: string) => new DomainError('NOT_FOUND', `sandbox "${sandboxId}" not found`);

export const revisionCompacted = (revision: number, compacted: number) =>
  new DomainError('EXPIRED', `too old resource version: ${revision} (${compacted})`);
