import type { ErrorCause } from '@ksb/errors';
import type { PatchSchema } from '@ksb/patches';
import type { KubeObject } from '@ksb/store';

/** The facts about a kind the object verbs need (resource definitions satisfy it). */
export interface KindInfo {
  group: string;
  version: string;
  kind: string;
  plural: string;
  namespaced: boolean;
  /** How the store names the resource: plural, or plural.group ("deployments.apps"). */
  storeName: string;
  /** Whether status is written only through the status subresource (main writes keep the old status). */
  hasStatus?: boolean;
  /** Which rule object names follow (default: DNS-1123 subdomain). */
  nameRule?: 'subdomain' | 'label' | 'dns1035';
  /** Fills upstream's defaults in place. */
  defaults?(object: KubeObject): void;
  /** Field errors of an object (old is set on update, for immutable fields). */
  validate?(object: KubeObject, old?: KubeObject): ErrorCause[];
  /** Merge keys and strategies for strategic merge patches. */
  patchSchema?: PatchSchema;
}

export const apiVersionOf = (kind: Pick<KindInfo, 'group' | 'version'>): string =>
  kind.group ? `${kind.group}/${kind.version}` : kind.version;

/** "Deployment.apps", "Pod": how upstream names a kind in validation messages. */
export const qualifiedKind = (kind: Pick<KindInfo, 'group' | 'kind'>): string =>
  kind.group ? `${kind.kind}.${kind.group}` : kind.kind;
