import type { ResourceDefinition, ResourceSpec } from './resource-definition';

export const apiVersionOf = (group: string, version: string): string => (group ? `${group}/${version}` : version);

/** The qualified resource name upstream uses in messages (`deployments.apps "web" not found`). */
export const storeNameOf = (group: string, plural: string): string => (group ? `${plural}.${group}` : plural);

/** Completes a spec into a frozen definition. */
export function defineResource(spec: ResourceSpec): ResourceDefinition {
  return Object.freeze({
    ...spec,
    apiVersion: apiVersionOf(spec.group, spec.version),
    storeName: storeNameOf(spec.group, spec.plural),
    storageVersion:
      spec.storageVersion === undefined
        ? { group: spec.group, version: spec.version, kind: spec.kind }
        : spec.storageVersion,
  });
}
