/** A Kubernetes group/version/kind, as the x-kubernetes-group-version-kind extension lists them. */
export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

/** The subset of OpenAPI v3 schema objects the generated definitions use (see scripts/generate-kube-schemas.js). */
export interface KubeSchema {
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  format?: string;
  properties?: Readonly<Record<string, KubeSchema>>;
  additionalProperties?: KubeSchema | boolean;
  items?: KubeSchema;
  required?: readonly string[];
  allOf?: readonly KubeSchema[];
  oneOf?: readonly KubeSchema[];
  $ref?: string;
  'x-kubernetes-group-version-kind'?: readonly GroupVersionKind[];
  'x-kubernetes-patch-strategy'?: string;
  'x-kubernetes-patch-merge-key'?: string;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
}

/** Definitions by upstream name ("io.k8s.api.core.v1.Pod"). */
export type Definitions = Readonly<Record<string, KubeSchema>>;

export const REF_PREFIX = '#/components/schemas/';

export const refTo = (name: string): string => REF_PREFIX + name;

/** "#/components/schemas/io.k8s.api.core.v1.Pod" -> "io.k8s.api.core.v1.Pod". */
export function refName(ref: string): string {
  if (!ref.startsWith(REF_PREFIX)) throw new Error(`unsupported schema reference ${ref}`);
  return ref.slice(REF_PREFIX.length);
}

export const gvkKey = (gvk: GroupVersionKind): string => `${gvk.group}/${gvk.version}/${gvk.kind}`;
