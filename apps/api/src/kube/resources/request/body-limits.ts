/**
 * How deep objects and arrays may nest in a request body (JSON, or YAML for apply patches). Upstream's
 * limit (10000) is only Go's generic decoder guard; no served kind nests past ~15 levels (a pod
 * template's affinity terms, or the fieldsV1 trees of managedFields mirroring them), so 100 leaves ample
 * headroom while bounding every recursive step that follows (cloning, patches, validation, jsonb).
 */
export const MAX_BODY_DEPTH = 100;

/** YAML aliases a document may expand (the `yaml` package's own default), against alias bombs. */
export const MAX_YAML_ALIASES = 100;
