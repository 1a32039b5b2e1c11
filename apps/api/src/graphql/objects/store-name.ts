import { RESOURCES } from '@ksb/resources';

/** The store's resource name of a kind an owner reference or manifest names ("apps/v1", "ReplicaSet"). */
export const storeNameOfKind = (apiVersion: string, kind: string): string | undefined =>
  RESOURCES.byApiVersionKind(apiVersion, kind)?.storeName;
