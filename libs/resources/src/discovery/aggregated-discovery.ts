import type { ResourceDefinition } from '../definition/resource-definition';
import type { ResourceRegistry } from '../registry/resource-registry';
import type { APIGroupDiscovery, APIGroupDiscoveryList, APIResourceDiscovery } from './discovery-types';
import { sortedSubresources, subresourceKind } from './subresource-kind';

function resourceDiscovery(definition: ResourceDefinition): APIResourceDiscovery {
  const subresources = sortedSubresources(definition).map(([name, subresource]) => ({
    subresource: name,
    responseKind: subresourceKind(definition, subresource),
    verbs: [...subresource.verbs],
  }));
  return {
    resource: definition.plural,
    // Built-in resources report their kind without group and version, as kube-apiserver does.
    responseKind: { group: '', version: '', kind: definition.kind },
    scope: definition.namespaced ? 'Namespaced' : 'Cluster',
    singularResource: definition.singular,
    verbs: [...definition.verbs],
    ...(definition.shortNames.length > 0 ? { shortNames: [...definition.shortNames] } : {}),
    ...(definition.categories.length > 0 ? { categories: [...definition.categories] } : {}),
    ...(subresources.length > 0 ? { subresources } : {}),
  };
}

function groupDiscovery(registry: ResourceRegistry, group: string, versions: string[]): APIGroupDiscovery {
  return {
    metadata: group ? { name: group, creationTimestamp: null } : { creationTimestamp: null },
    versions: versions.map((version) => ({
      version,
      resources: registry.inGroupVersion(group, version).map(resourceDiscovery),
      freshness: 'Current',
    })),
  };
}

/**
 * apidiscovery.k8s.io/v2 APIGroupDiscoveryList: for /api the core group alone, for /apis every other group,
 * in kube-apiserver's order.
 */
export function aggregatedDiscovery(registry: ResourceRegistry, root: 'api' | 'apis'): APIGroupDiscoveryList {
  const groups = registry.groupVersions().filter(({ group }) => (root === 'api' ? group === '' : group !== ''));
  return {
    kind: 'APIGroupDiscoveryList',
    apiVersion: 'apidiscovery.k8s.io/v2',
    metadata: {},
    items: groups.map(({ group, versions }) => groupDiscovery(registry, group, versions)),
  };
}
