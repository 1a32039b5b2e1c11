import type { ResourceDefinition } from '../definition/resource-definition';
import { compareGroups } from './group-priority';
import { parseResourceArgument } from './resource-argument';

export interface GroupVersions {
  group: string;
  /** Preferred first. */
  versions: string[];
}

const byPriority = (a: ResourceDefinition, b: ResourceDefinition): number =>
  compareGroups(a.group, b.group) || (a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0);

/** The singular kubectl matches: discovery's, or the lower-cased kind when a server reports none. */
export const singularOf = (definition: ResourceDefinition): string =>
  definition.singular || definition.kind.toLowerCase();

/** Lookups over a set of definitions, in kube-apiserver's group order. */
export class ResourceRegistry {
  readonly definitions: readonly ResourceDefinition[];

  constructor(definitions: readonly ResourceDefinition[]) {
    this.definitions = [...definitions].sort(byPriority);
  }

  /** The definition serving /apis/{group}/{version}/{plural} (/api/v1/{plural} for core). */
  get(group: string, version: string, plural: string): ResourceDefinition | undefined {
    return this.definitions.find((d) => d.group === group && d.version === version && d.plural === plural);
  }

  byGroupVersionKind(group: string, version: string, kind: string): ResourceDefinition | undefined {
    return this.definitions.find((d) => d.group === group && d.version === version && d.kind === kind);
  }

  /** What a manifest's apiVersion and kind name ("apps/v1", "Deployment"). */
  byApiVersionKind(apiVersion: string, kind: string): ResourceDefinition | undefined {
    return this.definitions.find((d) => d.apiVersion === apiVersion && d.kind === kind);
  }

  /** The highest-priority definition of a kind in any group (core Event before events.k8s.io Event). */
  byKind(kind: string): ResourceDefinition | undefined {
    return this.definitions.find((d) => d.kind === kind);
  }

  /** By the store's resource name ("pods", "deployments.apps"). */
  byStoreName(storeName: string): ResourceDefinition | undefined {
    return this.definitions.find((d) => d.storeName === storeName);
  }

  /**
   * What kubectl makes of a resource argument ("po", "Deployments", "deploy.apps", "deployments.v1.apps"):
   * plural and singular names win over short names, then earlier groups over later ones.
   */
  resolve(argument: string): ResourceDefinition | undefined {
    const { resource, qualifiers } = parseResourceArgument(argument);
    const candidates = this.definitions.filter(
      (d) =>
        qualifiers.length === 0 ||
        qualifiers.some(({ group, version }) => d.group === group && (version === undefined || d.version === version)),
    );
    return (
      candidates.find((d) => d.plural === resource || singularOf(d) === resource) ??
      candidates.find((d) => d.shortNames.includes(resource))
    );
  }

  /** Groups with their versions, core ('') first. */
  groupVersions(): GroupVersions[] {
    const groups: GroupVersions[] = [];
    for (const { group, version } of this.definitions) {
      const entry = groups.find((candidate) => candidate.group === group);
      if (entry === undefined) groups.push({ group, versions: [version] });
      else if (!entry.versions.includes(version)) entry.versions.push(version);
    }
    return groups;
  }

  /** The definitions of one group version, sorted by resource name as discovery lists them. */
  inGroupVersion(group: string, version: string): ResourceDefinition[] {
    return this.definitions
      .filter((d) => d.group === group && d.version === version)
      .sort((a, b) => (a.plural < b.plural ? -1 : a.plural > b.plural ? 1 : 0));
  }
}
