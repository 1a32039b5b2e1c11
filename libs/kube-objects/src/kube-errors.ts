import { DomainError } from '@ksb/errors';
import type { KindInfo } from './kind-info';

export const badRequest = (message: string) => new DomainError('BAD_REQUEST', message);

export const notFoundObject = (kind: KindInfo, name: string) =>
  new DomainError('NOT_FOUND', `${kind.storeName} "${name}" not found`, {
    target: { name, group: kind.group, kind: kind.plural },
  });

export const namespaceTerminating = (kind: KindInfo, name: string, namespace: string) =>
  new DomainError(
    'FORBIDDEN',
    `${kind.storeName} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
    { target: { name, group: kind.group, kind: kind.plural } },
  );
