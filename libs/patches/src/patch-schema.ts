/** How a list (or map) at a field path merges under a strategic merge patch. */
export interface ListStrategy {
  /** "merge" lists merge element by element (by mergeKey, or as a set for primitives). */
  strategy: 'merge' | 'replace' | 'retainKeys' | 'merge,retainKeys';
  mergeKey?: string;
}

/**
 * Where the patch meta of a kind's fields comes from: the path is the list of field names from the
 * object root (array elements add no segment), e.g. ["spec", "template", "spec", "containers"].
 * Fields without meta are replaced whole, as upstream does for atomic lists.
 */
export type PatchSchema = (path: readonly string[]) => ListStrategy | undefined;

export const NO_PATCH_META: PatchSchema = () => undefined;
