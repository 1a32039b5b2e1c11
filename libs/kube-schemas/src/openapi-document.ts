import { canonicalJson, contentHash } from './canonical-json';
import { allDefinitions, definitionNameFor, requireDefinition } from './definitions';
import { DELETE_OPTIONS, kindPathItems, PATCH, SCALE, STATUS } from './openapi-operations';
import type {
  OpenApiDocument,
  OpenApiDocumentOptions,
  OpenApiKind,
  OpenApiPathItem,
  ServedOpenApiDocument,
} from './openapi-types';
import { schemaClosure } from './schema-closure';

const DEFAULT_SERVER_VERSION = 'v1.32.0';
// Documents depend only on their inputs, which are a handful of fixed sets; the bound only guards
// against a caller that varies them per request.
const CACHE_LIMIT = 64;
const cache = new Map<string, ServedOpenApiDocument>();

const splitGroupVersion = (groupVersion: string): { group: string; version: string } => {
  const slash = groupVersion.indexOf('/');
  return slash < 0
    ? { group: '', version: groupVersion }
    : { group: groupVersion.slice(0, slash), version: groupVersion.slice(slash + 1) };
};

/** Same kinds in any order, verbs or subresources in any order: same cache entry. */
function cacheKey(groupVersion: string, kinds: readonly OpenApiKind[], options: OpenApiDocumentOptions): string {
  const normal = kinds
    .map((k) => ({
      ...k,
      verbs: k.verbs && [...k.verbs].sort(),
      subresources: k.subresources && [...k.subresources].sort(),
    }))
    .sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return canonicalJson([groupVersion, normal, options]);
}

function build(groupVersion: string, kinds: readonly OpenApiKind[], options: OpenApiDocumentOptions): OpenApiDocument {
  const { group, version } = splitGroupVersion(groupVersion);
  const roots = new Set([STATUS, DELETE_OPTIONS, PATCH]);
  const paths: Record<string, OpenApiPathItem> = {};
  for (const kind of kinds) {
    if (kind.group !== group || kind.version !== version) {
      throw new Error(`kind ${kind.kind} (${kind.group}/${kind.version}) is not in group-version ${groupVersion}`);
    }
    const { name } = requireDefinition(kind);
    const list = definitionNameFor(kind.group, kind.version, `${kind.kind}List`);
    roots.add(name);
    if (list) roots.add(list);
    if (kind.subresources?.includes('scale')) roots.add(SCALE);
    Object.assign(paths, kindPathItems(kind, { kind: name, list }, options.strategicMergePatch ?? true));
  }
  return {
    openapi: '3.0.0',
    info: { title: 'Kubernetes', version: options.serverVersion ?? DEFAULT_SERVER_VERSION },
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    components: {
      schemas: schemaClosure([...roots], allDefinitions()),
      securitySchemes: {
        BearerToken: {
          type: 'apiKey',
          name: 'authorization',
          in: 'header',
          description: 'Bearer Token authentication',
        },
      },
    },
    security: [{ BearerToken: [] }],
  };
}

/**
 * The OpenAPI v3 document kubectl fetches from /openapi/v3/api/v1 or /openapi/v3/apis/<group>/<version>:
 * paths for each kind with x-kubernetes-group-version-kind and x-kubernetes-action on every operation,
 * PATCH listing fieldValidation (kubectl --validate=strict checks it), and components.schemas holding the
 * kinds' definitions and everything they reference. Deterministic (keys sorted) and cached: serve `json`
 * as is, with `hash` in the index URL and as ETag.
 */
export function openApiDocument(
  groupVersion: string,
  kinds: readonly OpenApiKind[],
  options: OpenApiDocumentOptions = {},
): ServedOpenApiDocument {
  const key = cacheKey(groupVersion, kinds, options);
  const hit = cache.get(key);
  if (hit) return hit;
  const document = build(groupVersion, kinds, options);
  const json = canonicalJson(document);
  const served: ServedOpenApiDocument = Object.freeze({ document, json, hash: contentHash(json) });
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(key, served);
  return served;
}
