import { apiVersionOf } from '../definition/define-resource';
import type { ResourceDefinition } from '../definition/resource-definition';
import type { ResourceRegistry } from '../registry/resource-registry';
import type {
  APIGroup,
  APIGroupDocument,
  APIGroupList,
  APIResource,
  APIResourceList,
  APIVersions,
  GroupVersionForDiscovery,
} from './discovery-types';
import { storageVersionHash } from './storage-version-hash';
import { sortedSubresources, subresourceKind } from './subresource-kind';

/** GET /api: the core group's versions and the address clients should use. */
export function apiVersions(serverAddress: string): APIVersions {
  return {
    kind: 'APIVersions',
    versions: ['v1'],
    serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }],
  };
}

const groupVersionOf = (group: string, version: string): GroupVersionForDiscovery => ({
  groupVersion: apiVersionOf(group, version),
  version,
});

function apiGroupOf(group: string, versions: string[]): APIGroup {
  const forDiscovery = versions.map((version) => groupVersionOf(group, version));
  return { name: group, versions: forDiscovery, preferredVersion: forDiscovery[0] };
}

/** GET /apis: every named group, preferred version first. */
export function apiGroupList(registry: ResourceRegistry): APIGroupList {
  const groups = registry.groupVersions().filter(({ group }) => group !== '');
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map(({ group, versions }) => apiGroupOf(group, versions)),
  };
}

/** GET /apis/{group}, or undefined for a group not served. */
export function apiGroup(registry: ResourceRegistry, group: string): APIGroupDocument | undefined {
  const entry = registry.groupVersions().find((candidate) => candidate.group === group && group !== '');
  return entry && { kind: 'APIGroup', apiVersion: 'v1', ...apiGroupOf(entry.group, entry.versions) };
}

function resourceEntries(definition: ResourceDefinition): APIResource[] {
  const resource: APIResource = {
    name: definition.plural,
    singularName: definition.singular,
    namespaced: definition.namespaced,
    kind: definition.kind,
    verbs: [...definition.verbs],
    ...(definition.shortNames.length > 0 ? { shortNames: [...definition.shortNames] } : {}),
    ...(definition.categories.length > 0 ? { categories: [...definition.categories] } : {}),
    ...(definition.storageVersion ? { storageVersionHash: storageVersionHash(definition.storageVersion) } : {}),
  };
  const subresources = sortedSubresources(definition).map(([name, subresource]): APIResource => {
    const { group, version, kind } = subresourceKind(definition, subresource);
    return {
      name: `${definition.plural}/${name}`,
      singularName: '',
      namespaced: definition.namespaced,
      ...(group || version ? { group, version } : {}),
      kind,
      verbs: [...subresource.verbs],
    };
  });
  return [resource, ...subresources];
}

/** GET /api/v1 or /apis/{group}/{version}, or undefined for a group version not served. */
export function apiResourceList(
  registry: ResourceRegistry,
  group: string,
  version: string,
): APIResourceList | undefined {
  const definitions = registry.inGroupVersion(group, version);
  if (definitions.length === 0) return undefined;
  return {
    kind: 'APIResourceList',
    // kube-apiserver leaves apiVersion out of /api/v1 but not of /apis/{group}/{version}.
    ...(group ? { apiVersion: 'v1' as const } : {}),
    groupVersion: apiVersionOf(group, version),
    resources: definitions.flatMap(resourceEntries),
  };
}
