import type { ListStrategy, PatchSchema } from '@ksb/patches';
import { allDefinitions, requireDefinition } from './definitions';
import { mapValueSchema, resolveSchema } from './resolve';
import type { Definitions, KubeSchema } from './schema';

const STRATEGIES: ReadonlySet<string> = new Set<ListStrategy['strategy']>([
  'merge',
  'replace',
  'retainKeys',
  'merge,retainKeys',
]);

const isStrategy = (value: string): value is ListStrategy['strategy'] => STRATEGIES.has(value);

/** The schema under a field path; array elements add no segment, map keys do (as libs/patches walks). */
function schemaAt(root: KubeSchema, path: readonly string[], definitions: Definitions): KubeSchema | undefined {
  let current = root;
  for (const segment of path) {
    let node = resolveSchema(current, definitions);
    if (node.type === 'array' && node.items) node = resolveSchema(node.items, definitions);
    const next =
      node.properties && Object.hasOwn(node.properties, segment) ? node.properties[segment] : mapValueSchema(node);
    if (!next) return undefined;
    current = next;
  }
  return current;
}

function metaOf(schema: KubeSchema | undefined): ListStrategy | undefined {
  const strategy = schema?.['x-kubernetes-patch-strategy'];
  if (strategy === undefined || !isStrategy(strategy)) return undefined;
  const mergeKey = schema?.['x-kubernetes-patch-merge-key'];
  return mergeKey === undefined ? { strategy } : { strategy, mergeKey };
}

/**
 * The strategic-merge-patch meta of a kind, read from the x-kubernetes-patch-* extensions of its schema
 * by walking the field path, so pod templates inside deployments, statefulsets, daemonsets and jobs get
 * the same merge keys as pods. Not memoised: a lookup is a few map hops, and paths include map keys
 * (label names) from requests, which a cache would keep forever.
 */
export function patchSchemaFor(group: string, version: string, kind: string): PatchSchema {
  const { schema: root } = requireDefinition({ group, version, kind });
  const definitions = allDefinitions();
  return (path) => metaOf(schemaAt(root, path, definitions));
}
