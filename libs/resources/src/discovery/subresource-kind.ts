import type { ResourceDefinition, SubresourceDefinition } from '../definition/resource-definition';
import type { GroupVersionKind } from './discovery-types';

/**
 * The kind a subresource answers with, as the apiserver installer records it: group and version only when they
 * differ from the resource's (autoscaling/v1 Scale, policy/v1 Eviction), '' otherwise.
 */
export function subresourceKind(definition: ResourceDefinition, subresource: SubresourceDefinition): GroupVersionKind {
  const group = subresource.group ?? definition.group;
  const version = subresource.version ?? definition.version;
  const foreign = group !== definition.group || version !== definition.version;
  return { group: foreign ? group : '', version: foreign ? version : '', kind: subresource.kind };
}

export const sortedSubresources = (definition: ResourceDefinition): [string, SubresourceDefinition][] =>
  Object.entries(definition.subresources).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
