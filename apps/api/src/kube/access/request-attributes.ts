/**
 * What a request asks to do, as Kubernetes authorization sees it (a port of the API server's
 * RequestInfoFactory): the verb (get, list, watch, create, update, patch, delete, deletecollection) and
 * the resource it addresses. Only authorization and its messages use this; handlers route on their own.
 */
export interface RequestAttributes {
  isResourceRequest: boolean;
  /** The path below the sandbox prefix, e.g. /api/v1/namespaces/default/pods. */
  path: string;
  verb: string;
  apiGroup: string;
  apiVersion: string;
  namespace: string;
  resource: string;
  subresource: string;
  name: string;
}

const API_PREFIXES = new Set(['api', 'apis']);
const SPECIAL_VERBS = new Set(['proxy', 'watch']);
const NAMESPACE_SUBRESOURCES = new Set(['status', 'finalize']);
/** strconv.ParseBool's true spellings, which the API server accepts for ?watch. */
const TRUE_VALUES = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);

const METHOD_VERBS: Readonly<Record<string, string>> = {
  POST: 'create',
  GET: 'get',
  HEAD: 'get',
  PUT: 'update',
  PATCH: 'patch',
  DELETE: 'delete',
};

function segments(path: string): string[] {
  return path
    .split('/')
    .filter((part) => part.length > 0)
    .map((part) => {
      try {
        return decodeURIComponent(part);
      } catch {
        return part;
      }
    });
}

export function requestAttributes(method: string, path: string, query: URLSearchParams): RequestAttributes {
  const upper = method.toUpperCase();
  const nonResource: RequestAttributes = {
    isResourceRequest: false,
    path,
    verb: upper.toLowerCase(),
    apiGroup: '',
    apiVersion: '',
    namespace: '',
    resource: '',
    subresource: '',
    name: '',
  };
  let parts = segments(path);
  // /api/v1 and /apis/group/version are discovery documents, not resources.
  if (parts.length < 3 || !API_PREFIXES.has(parts[0])) return nonResource;
  const prefix = parts[0];
  parts = parts.slice(1);
  let apiGroup = '';
  if (prefix === 'apis') {
    if (parts.length < 3) return nonResource;
    apiGroup = parts[0];
    parts = parts.slice(1);
  }
  const apiVersion = parts[0];
  parts = parts.slice(1);

  let verb: string;
  if (SPECIAL_VERBS.has(parts[0])) {
    if (parts.length < 2) return nonResource;
    verb = parts[0];
    parts = parts.slice(1);
  } else {
    verb = METHOD_VERBS[upper] ?? '';
  }

  let namespace = '';
  if (parts[0] === 'namespaces' && parts.length > 1) {
    namespace = parts[1];
    // namespaces/x/pods addresses pods in x; namespaces/x and namespaces/x/status the Namespace itself.
    if (parts.length > 2 && !NAMESPACE_SUBRESOURCES.has(parts[2])) parts = parts.slice(2);
  }
  const resource = parts[0] ?? '';
  const name = parts[1] ?? '';
  const subresource = parts.length >= 3 && verb !== 'proxy' ? parts[2] : '';

  if (name === '' && verb === 'get') verb = TRUE_VALUES.has(query.get('watch') ?? '') ? 'watch' : 'list';
  if (name === '' && verb === 'delete') verb = 'deletecollection';
  return { isResourceRequest: true, path, verb, apiGroup, apiVersion, namespace, resource, subresource, name };
}
