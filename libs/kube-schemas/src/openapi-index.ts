/** "v1" -> "api/v1", "apps/v1" -> "apis/apps/v1": the key and URL path of a group-version's document. */
export function openApiPathOf(groupVersion: string): string {
  return groupVersion.includes('/') ? `apis/${groupVersion}` : `api/${groupVersion}`;
}

/** The inverse of openApiPathOf, for routing /openapi/v3/<path>; undefined when it is neither form. */
export function groupVersionOfOpenApiPath(path: string): string | undefined {
  const core = /^api\/([^/]+)$/.exec(path);
  if (core) return core[1];
  const named = /^apis\/([^/]+\/[^/]+)$/.exec(path);
  return named ? named[1] : undefined;
}

export interface OpenApiIndex {
  paths: Record<string, { serverRelativeURL: string }>;
}

/**
 * GET /openapi/v3: one entry per group-version, its URL carrying the document's hash so clients can
 * cache documents as immutable and refetch when the hash changes. The URL is rooted at /openapi/v3, so
 * client-go keeps the kubeconfig server's path prefix (/clusters/{id}) in front of it.
 */
export function openApiIndex(groupVersions: readonly string[], hashOf: (groupVersion: string) => string): OpenApiIndex {
  const entries = groupVersions.map((groupVersion) => {
    const path = openApiPathOf(groupVersion);
    return [path, { serverRelativeURL: `/openapi/v3/${path}?hash=${hashOf(groupVersion)}` }] as const;
  });
  return { paths: Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
}
