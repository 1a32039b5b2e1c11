/**
 * What a Kubernetes API path (below the sandbox prefix) addresses. Discovery paths are told apart from
 * resource paths; resource paths keep the raw plural, name and subresource for the handler to resolve.
 */
export type KubePath =
  | { type: 'root' | 'api' | 'apis' | 'version' | 'openapi-v3' }
  | { type: 'group'; group: string }
  | { type: 'group-version'; group: string; version: string }
  | { type: 'openapi-v3-document'; group: string; version: string }
  | {
      type: 'resource';
      group: string;
      version: string;
      /** Undefined for cluster-scoped paths and for lists across all namespaces. */
      namespace?: string;
      plural: string;
      name?: string;
      subresource?: string;
    }
  | { type: 'unknown' };

const UNKNOWN: KubePath = { type: 'unknown' };

/** Resources below a group version: [namespaces/{ns}/]{plural}[/{name}[/{subresource}]]. */
function resourcePath(group: string, version: string, rest: string[]): KubePath {
  if (rest.length === 0) return { type: 'group-version', group, version };
  // "namespaces/x/pods" is a namespaced list; "namespaces/x" and "namespaces/x/status" address the
  // Namespace object itself (core group only has namespaces, but the shape is the same everywhere).
  if (
    rest[0] === 'namespaces' &&
    rest.length >= 3 &&
    !(group === '' && rest.length === 3 && NAMESPACE_SUBRESOURCES.has(rest[2]))
  ) {
    const [, namespace, plural, name, subresource, ...extra] = rest;
    if (extra.length > 0) return UNKNOWN;
    return { type: 'resource', group, version, namespace, plural, name, subresource };
  }
  const [plural, name, subresource, ...extra] = rest;
  if (extra.length > 0) return UNKNOWN;
  return { type: 'resource', group, version, plural, name, subresource };
}

const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);

export function parseKubePath(path: string): KubePath {
  const clean = path.split('?')[0].replace(/\/+$/, '');
  const parts = clean
    .split('/')
    .filter((p) => p.length > 0)
    .map(decodeURIComponent);
  if (parts.length === 0) return { type: 'root' };
  switch (parts[0]) {
    case 'version':
      return parts.length === 1 ? { type: 'version' } : UNKNOWN;
    case 'api':
      if (parts.length === 1) return { type: 'api' };
      return resourcePath('', parts[1], parts.slice(2));
    case 'apis':
      if (parts.length === 1) return { type: 'apis' };
      if (parts.length === 2) return { type: 'group', group: parts[1] };
      return resourcePath(parts[1], parts[2], parts.slice(3));
    case 'openapi':
      if (parts[1] !== 'v3') return UNKNOWN;
      if (parts.length === 2) return { type: 'openapi-v3' };
      if (parts[2] === 'api' && parts.length === 4)
        return { type: 'openapi-v3-document', group: '', version: parts[3] };
      if (parts[2] === 'apis' && parts.length === 5)
        return { type: 'openapi-v3-document', group: parts[3], version: parts[4] };
      return UNKNOWN;
    default:
      return UNKNOWN;
  }
}
