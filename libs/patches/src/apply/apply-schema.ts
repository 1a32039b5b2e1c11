import type { JsonObject } from '../json-value';
import type { ListStrategy } from '../patch-schema';

/**
 * What server-side apply needs to know about a field, looked up by the same field-name path as a
 * PatchSchema (array elements add no segment). A PatchSchema is an ApplySchema: its patch strategy
 * and merge key give the list type. The optional extras mirror the OpenAPI extensions upstream
 * reads (x-kubernetes-list-type, -list-map-keys, -map-type) for schemas that carry them.
 */
export interface ApplyFieldMeta {
  strategy?: ListStrategy['strategy'];
  mergeKey?: string;
  listType?: 'atomic' | 'set' | 'map';
  listMapKeys?: readonly string[];
  /** Values for key fields an item may omit (upstream: defaults of list-map-keys, e.g. protocol TCP). */
  listMapKeyDefaults?: JsonObject;
  mapType?: 'atomic' | 'granular';
}

export type ApplySchema = (path: readonly string[]) => ApplyFieldMeta | undefined;

export type ListKind =
  { type: 'atomic' } | { type: 'set' } | { type: 'map'; keys: readonly string[]; defaults: JsonObject };

/**
 * How a list at a path merges and is owned. Without explicit list-type meta: a patch strategy of
 * merge with a merge key is an associative list keyed by it, merge without a key a set, anything
 * else atomic (replaced and owned whole), as upstream treats lists without list-type.
 */
export function listKindAt(schema: ApplySchema, path: readonly string[]): ListKind {
  const meta = schema(path);
  if (!meta) return { type: 'atomic' };
  const keys = meta.listMapKeys ?? (meta.mergeKey ? [meta.mergeKey] : []);
  const type = meta.listType ?? (meta.strategy?.startsWith('merge') ? (keys.length > 0 ? 'map' : 'set') : 'atomic');
  if (type === 'map' && keys.length > 0) return { type, keys, defaults: meta.listMapKeyDefaults ?? {} };
  return type === 'set' ? { type } : { type: 'atomic' };
}

/** Atomic maps (label selectors upstream) are replaced and owned whole. Never the object root. */
export const isAtomicMapAt = (schema: ApplySchema, path: readonly string[]): boolean =>
  path.length > 0 && schema(path)?.mapType === 'atomic';
