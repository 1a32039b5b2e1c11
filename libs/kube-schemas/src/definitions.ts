import { readGeneratedDefinitions } from './definitions-file';
import { applyPatchFacts, PATCH_FACTS } from './patch-facts';
import { gvkKey, type Definitions, type GroupVersionKind, type KubeSchema } from './schema';

interface Loaded {
  definitions: Definitions;
  /** "apps/v1/Deployment" -> "io.k8s.api.apps.v1.Deployment". */
  byKind: ReadonlyMap<string, string>;
}

let loaded: Loaded | undefined;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Loads the generated definitions once; frozen, because documents and callers share the objects. */
function load(): Loaded {
  if (loaded) return loaded;
  const definitions = readGeneratedDefinitions();
  applyPatchFacts(definitions, PATCH_FACTS);
  const byKind = new Map<string, string>();
  for (const [name, schema] of Object.entries(definitions)) {
    for (const gvk of schema['x-kubernetes-group-version-kind'] ?? []) byKind.set(gvkKey(gvk), name);
  }
  loaded = { definitions: deepFreeze(definitions), byKind };
  return loaded;
}

/** Every definition by upstream name ("io.k8s.api.core.v1.Pod"). */
export const allDefinitions = (): Definitions => load().definitions;

/** The upstream name of a kind's definition, or undefined when kubernetes-types has no such kind. */
export function definitionNameFor(group: string, version: string, kind: string): string | undefined {
  return load().byKind.get(gvkKey({ group, version, kind }));
}

/** A kind's schema (type object, properties, required, x-kubernetes-group-version-kind), if known. */
export function definitionFor(group: string, version: string, kind: string): KubeSchema | undefined {
  const name = definitionNameFor(group, version, kind);
  return name === undefined ? undefined : load().definitions[name];
}

/** Like definitionFor, for the kinds the server serves: a missing one is a programming error. */
export function requireDefinition(gvk: GroupVersionKind): { name: string; schema: KubeSchema } {
  const name = definitionNameFor(gvk.group, gvk.version, gvk.kind);
  if (name === undefined) {
    const apiVersion = gvk.group ? `${gvk.group}/${gvk.version}` : gvk.version;
    throw new Error(`no OpenAPI schema for kind ${gvk.kind} in ${apiVersion}`);
  }
  return { name, schema: load().definitions[name] };
}
